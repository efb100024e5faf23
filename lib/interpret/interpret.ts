// The interpreter: what the worker does with the reader's PageReading. Site adapter's texts
// first (when the site's layout held), then the generic extractor over the blocks, structured
// data and meta; then the verdict on whether this is a listing at all. Pure: it takes the
// reading and `now`, and never throws (a failure becomes a listing with degraded health).
import type { Listing, ListingField, Provenance } from "../model/listing";
import type { PageReading } from "../model/page-reading";
import { siteOf } from "../sites";
import { adapterRequirements, draftFromAdapter } from "./adapter-draft";
import { chooseDeadline } from "./deadline";
import { judgeListing } from "./listing-judgement";
import { jobSectionKinds } from "./job-sections";
import type { Draft } from "./draft";
import { hasApplyButton, looksLikeOverview } from "./evidence";
import { extractGeneric } from "./generic";
import { listingFields } from "../model/listing-fields";
import { stripSiteName } from "../read/meta";
import { pageOf } from "./page";
import { readRequirements } from "./requirements";
import { closedNotice, decideStatus } from "./status";
import { draftFromRules, withRuleRequirements } from "./rule-draft";

const LISTING_SPECIFIC: ListingField[] = ["deadline", "rate", "hoursPerWeek", "startDate", "endDate"];

/** Caps on what a page can make the listing hold (a 48,000-character "client", 10,000 eisen). */
export const LISTING_CAPS = { title: 300, client: 200, location: 120, requirement: 1000, requirements: 150 } as const;

function capped(text: string | null, max: number): string | null {
  if (text === null || text.length <= max) return text;
  return `${text.slice(0, max - 1).trimEnd()}…`;
}

function empty(url: string, canonicalUrl: string | null, title: string | null, site: string | null): Listing {
  return {
    isListing: false,
    title,
    client: null,
    location: null,
    rate: null,
    hoursPerWeek: null,
    startDate: null,
    endDate: null,
    published: null,
    deadline: null,
    status: "unknown",
    requirements: [],
    url,
    canonicalUrl,
    site,
    adapter: "generic",
    health: { state: "ok", message: null },
    provenance: {},
  };
}

function merge(first: Draft, second: Draft): Draft {
  return { ...second, ...Object.fromEntries(Object.entries(first).filter(([, v]) => v)) };
}

function siteNameOf(url: string): string | null {
  try {
    return siteOf(new URL(url))?.name ?? null;
  } catch {
    return null;
  }
}

function interpret(reading: PageReading, now: Date): Listing {
  const { url, meta } = reading;
  const knownSite = reading.adapter ? siteNameOf(url) : null;
  if (!reading.probable) {
    const title = meta.ogTitle ?? meta.title;
    return empty(url, meta.canonical, title ? stripSiteName(title, meta.siteName) : null, meta.siteName);
  }
  const page = pageOf(reading, now);
  let health: Listing["health"] = { state: "ok", message: null };
  let adapterDraft: Draft = {};
  let requirements = null;
  let notice: string | null = null;
  const adapter = reading.adapter;
  if (adapter?.error) {
    health = {
      state: "degraded",
      message: `Deze site is veranderd (${knownSite}: ${adapter.error}); algemene herkenning gebruikt.`,
    };
  } else if (adapter) {
    adapterDraft = draftFromAdapter(adapter, now);
    requirements = adapterRequirements(adapter, page);
    notice = adapter.fields.closedNotice ?? null;
  }
  const generic = extractGeneric(page);
  // The user's own rules for this site first (issue 17), then the adapter, then the generic reader.
  const fromRules = draftFromRules(reading.rules, page);
  const draft = merge(fromRules.draft, merge(adapterDraft, generic.draft));
  chooseDeadline(draft, page, generic.labelled);
  requirements ??= generic.requirements;
  // A JavaScript shell shows nothing but its structured data: the description is the last source.
  const description = page.jobs[0]?.description ?? [];
  if (!requirements.length && description.length) requirements = readRequirements(description);
  requirements = withRuleRequirements(requirements, fromRules);
  notice ??= closedNotice(page.blocks);
  const isListing = judgeListing({
    adapterOk: adapter !== null && health.state === "ok",
    jobPostings: page.jobs.length,
    articleTypes: page.otherTypes.some((t) => /Article|BlogPosting|NewsArticle|Report/.test(t)),
    url: page.url,
    textFields: LISTING_SPECIFIC.filter((f) => draft[f]).length,
    requirements: requirements.length,
    applyButton: hasApplyButton(page),
    overview: looksLikeOverview(page),
    jobSections: jobSectionKinds(page.blocks),
  });
  const title = capped(draft.title?.value ?? null, LISTING_CAPS.title);
  if (!isListing) return empty(url, meta.canonical, title, meta.siteName ?? knownSite);
  const provenance: Partial<Record<ListingField, Provenance>> = {};
  for (const field of listingFields) {
    const entry = draft[field];
    if (entry) provenance[field] = entry.provenance;
  }
  const deadline = draft.deadline?.value ?? null;
  return {
    isListing,
    title,
    client: capped(draft.client?.value ?? null, LISTING_CAPS.client),
    location: capped(draft.location?.value ?? null, LISTING_CAPS.location),
    rate: draft.rate?.value ?? null,
    hoursPerWeek: draft.hoursPerWeek?.value ?? null,
    startDate: draft.startDate?.value ?? null,
    endDate: draft.endDate?.value ?? null,
    published: draft.published?.value ?? null,
    deadline,
    status: decideStatus(isListing, notice, deadline, now),
    requirements: requirements
      .slice(0, LISTING_CAPS.requirements)
      .map((r) => ({ ...r, text: capped(r.text, LISTING_CAPS.requirement) ?? r.text })),
    url,
    canonicalUrl: meta.canonical,
    site: knownSite ?? meta.siteName,
    adapter: adapter && !adapter.error ? adapter.id : "generic",
    health,
    provenance,
  };
}

/** A listing with nothing on it, saying why. */
export function failed(url: string, message: string): Listing {
  return { ...empty(url, null, null, null), health: { state: "degraded", message } };
}

/** The listing a page reading shows, as of `now`, without the schema check; never throws. */
export function interpretReading(reading: PageReading, now: Date): Listing {
  try {
    return interpret(reading, now);
  } catch (error) {
    return failed(reading.url, `Uitlezen mislukt: ${error instanceof Error ? error.message : String(error)}`);
  }
}
