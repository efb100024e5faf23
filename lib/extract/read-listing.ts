// extractListing: detect → site adapter (or generic) → shared parsing → a zod-validated Listing.
// Loud inside, safe at the edge: an adapter that fails falls back to the generic extractor with
// health "degraded"; this function itself never throws and never reads the clock.
import { adapterFor } from "../sites";
import { adapterRequirements, draftFromAdapter } from "./adapter-draft";
import { isProbablyListing, judgeListing } from "./detect";
import type { Draft } from "./draft";
import { hasApplyButton, looksLikeOverview } from "./evidence";
import { extractGeneric } from "./generic";
import { readMeta, stripSiteName } from "./meta";
import { readPage } from "./page";
import { listingFields, type ListingField } from "../model/listing-fields";
import type { Listing, Provenance } from "../model/listing";
import { closedNotice, decideStatus } from "./status";

export interface ExtractOptions {
  url: string;
  now: Date;
}

const LISTING_SPECIFIC: ListingField[] = ["deadline", "rate", "hoursPerWeek", "startDate", "endDate"];

function parseUrl(url: string): URL {
  try {
    return new URL(url);
  } catch {
    return new URL("about:blank");
  }
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

function extract(doc: Document, { url, now }: ExtractOptions): Listing {
  const href = parseUrl(url);
  const known = adapterFor(href);
  const adapter = known?.adapter ?? null;
  const siteName = known?.site.name ?? null;
  if (!adapter && !isProbablyListing(doc, href)) {
    const meta = readMeta(doc, url);
    const title = meta.ogTitle ?? meta.title;
    return empty(url, meta.canonical, title ? stripSiteName(title, meta.siteName) : null, meta.siteName);
  }
  const page = readPage(doc, href, now);
  let health: Listing["health"] = { state: "ok", message: null };
  let adapterDraft: Draft = {};
  let requirements = null;
  let notice: string | null = null;
  if (adapter) {
    try {
      const fields = adapter.extract(doc, { url: href, now });
      adapterDraft = draftFromAdapter(fields, now);
      requirements = adapterRequirements(fields, page);
      notice = fields.closedNotice ?? null;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      health = {
        state: "degraded",
        message: `Deze site is veranderd (${siteName}: ${reason}); algemene herkenning gebruikt.`,
      };
    }
  }
  const generic = extractGeneric(page);
  const draft = merge(adapterDraft, generic.draft);
  requirements ??= generic.requirements;
  notice ??= closedNotice(page.blocks);
  const isListing = judgeListing({
    adapterOk: adapter !== null && health.state === "ok",
    jobPostings: page.jobs.length,
    articleTypes: page.otherTypes.some((t) => /Article|BlogPosting|NewsArticle|Report/.test(t)),
    url: href,
    textFields: LISTING_SPECIFIC.filter((f) => draft[f]).length,
    requirements: requirements.length,
    applyButton: hasApplyButton(page),
    overview: looksLikeOverview(page),
  });
  const title = draft.title?.value ?? null;
  if (!isListing)
    return empty(
      url,
      page.meta.canonical,
      title,
      page.meta.siteName ?? siteName,
    );
  const provenance: Partial<Record<ListingField, Provenance>> = {};
  for (const field of listingFields) {
    const entry = draft[field];
    if (entry) provenance[field] = entry.provenance;
  }
  const deadline = draft.deadline?.value ?? null;
  return {
    isListing,
    title,
    client: draft.client?.value ?? null,
    location: draft.location?.value ?? null,
    rate: draft.rate?.value ?? null,
    hoursPerWeek: draft.hoursPerWeek?.value ?? null,
    startDate: draft.startDate?.value ?? null,
    endDate: draft.endDate?.value ?? null,
    published: draft.published?.value ?? null,
    deadline,
    status: decideStatus(isListing, notice, deadline, now),
    requirements,
    url,
    canonicalUrl: page.meta.canonical,
    site: siteName ?? page.meta.siteName,
    adapter: adapter?.id ?? "generic",
    health,
    provenance,
  };
}

/** A listing with nothing on it, saying why. */
export function failed(url: string, message: string): Listing {
  return { ...empty(url, null, null, null), health: { state: "degraded", message } };
}

/**
 * The listing on this page, as read, without the schema check; never throws. The content
 * script uses this one (zod stays out of its 30 KB), and the worker validates what it gets.
 */
export function readListing(doc: Document, options: ExtractOptions): Listing {
  try {
    return extract(doc, options);
  } catch (error) {
    return failed(options.url, `Uitlezen mislukt: ${error instanceof Error ? error.message : String(error)}`);
  }
}
