// Is this page one assignment or vacancy? The worker's verdict, weighing what the reading and
// its interpretation found. The content script's first stage (lib/read/first-stage.ts) only
// decides whether a page is worth reading at all.
import { hasListingPath, hasNonListingPath } from "../read/first-stage";

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
