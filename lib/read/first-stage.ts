// Is this page a single assignment or vacancy? A cheap pre-check lets news, blogs and shops
// exit before the full read; the final verdict weighs what the extraction found.
import { fieldOfLabel } from "../dutch/label-words";
import { classifyHeading } from "../dutch/lead-ins";
import { normalize } from "../dutch/text";

const LISTING_PATH =
  /\/(?:opdracht|opdrachten|vacature|vacatures|vacancy|vacancies|job|jobs|jobboard|assignment|assignments|functie|functies|freelance-opdrachten?|interim-opdrachten?|aanvraag|aanvragen|tender|tenders|career|careers|werken-bij|baan|banen|posting|postings|viewjob)(?:\/|[-_]|$)/i;
const NON_LISTING_PATH =
  /\/(?:blog|blogs|nieuws|news|artikel|artikelen|article|articles|kennisbank|magazine|wiki|tag|tags|category|categorie|zoeken|search|over-ons|about|contact|faq)(?:\/|$)/i;
const LISTING_WORDS = /\b(vacature|vacancy|opdracht|interim|freelance|job|assignment|inhuur|uitvraag)\b/i;

export function hasListingPath(url: URL): boolean {
  return LISTING_PATH.test(url.pathname) && url.pathname.replace(/\/+$/, "").split("/").length >= 3;
}

export function hasNonListingPath(url: URL): boolean {
  return url.pathname.replace(/\/+$/, "") === "" || NON_LISTING_PATH.test(url.pathname);
}

/** Cheap: structured job data, a listing-like address or title, or listing labels in headings. */
export function isProbablyListing(doc: Document, url: URL): boolean {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    if ((script.textContent ?? "").includes("JobPosting")) return true;
  }
  if (doc.querySelector('[itemtype*="JobPosting"]')) return true;
  if (hasListingPath(url) && !hasNonListingPath(url)) return true;
  const title = doc.querySelector("title")?.textContent ?? "";
  if (LISTING_WORDS.test(title)) return true;
  const fields = new Set<string>();
  const labels = Array.from(doc.querySelectorAll("h1,h2,h3,h4,h5,h6,dt,th,strong,b,label")).slice(0, 400);
  for (const el of labels) {
    const text = el.textContent ?? "";
    if (text.length > 50) continue;
    if (classifyHeading(text)) return true;
    const field = fieldOfLabel(normalize(text));
    if (field) fields.add(field);
  }
  return fields.size >= 2;
}

export interface Evidence {
  adapterOk: boolean;
  jobPostings: number;
  articleTypes: boolean;
  url: URL;
  /** Distinct fields read from labels or structured data in the page text. */
  textFields: number;
  requirements: number;
  applyButton: boolean;
  overview: boolean;
  /** Different job sections under the page's own headings (work, candidate, offer, terms). */
  jobSections: number;
}

export function judgeListing(e: Evidence): boolean {
  if (e.overview || e.jobPostings > 2) return false;
  let score = 0;
  if (e.adapterOk) score += 3;
  if (e.jobPostings === 1) score += 3;
  if (e.articleTypes) score -= 2;
  if (hasListingPath(e.url)) score += 1;
  if (hasNonListingPath(e.url)) score -= 3;
  score += Math.min(e.textFields, 3);
  if (e.requirements >= 2) score += 2;
  if (e.applyButton) score += 1;
  // What a reader sees in any language: what the work is, who is sought, what is offered, the terms.
  if (e.jobSections >= 2) score += e.jobSections >= 3 ? 3 : 2;
  return score >= 3;
}
