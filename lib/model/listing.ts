// The Listing: what the extractor says about one page. The fields of
// ../shared/fixtures/README.md (the extraction contract) plus what the UI needs:
// where it came from, how healthy the extraction was, and per field its provenance.
// Written with zod/mini: the extractor runs in the content script (30 KB budget) and mini's
// functions tree-shake, where classic zod's methods pull in the whole library.
import * as z from "zod/mini";
import { listingFields, type ListingField } from "./listing-fields";

export const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD"));
/** A deadline is a Dutch calendar day, or a day with a local Dutch time. */
export const isoDeadline = z
  .string()
  .check(z.regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/, "YYYY-MM-DD or YYYY-MM-DDTHH:MM"));

export const ratePer = z.enum(["hour", "day", "month", "year"]);
export const rateSchema = z.object({
  min: z.nullable(z.number()),
  max: z.nullable(z.number()),
  currency: z.string().check(z.length(3)),
  per: ratePer,
});
export const hoursSchema = z.object({ min: z.number(), max: z.number() });

export const requirementKind = z.enum(["must", "nice"]);
export const requirementSchema = z.object({
  /** Stable within a listing: derived from kind + text, used for overrides and in-page marks. */
  id: z.string(),
  text: z.string().check(z.minLength(1)),
  kind: requirementKind,
  /** The page's own label, e.g. "E1", "W3", when it numbers its items. */
  label: z._default(z.nullable(z.string()), null),
  /** A weight the page gives (gunningscriteria), as printed. */
  weight: z._default(z.nullable(z.string()), null),
});

/** Which tier of the extractor produced a field. */
export const provenanceTier = z.enum(["adapter", "json-ld", "microdata", "meta", "text", "url", "rule"]);
export const provenanceSchema = z.object({
  tier: provenanceTier,
  /** The page text the value was read from (trimmed, at most ~200 chars), so the UI can show and mark it. */
  source: z.string(),
  /** The page's own label for the value ("Sluitingsdatum", "Closing date"), where it had one. */
  label: z.optional(z.nullable(z.string())),
  /** Index of the reading's block the value stood in: the content script marks that element. */
  block: z.optional(z.nullable(z.number())),
  /** What another source said where it disagreed and lost (JSON-LD's validThrough, say). */
  overruled: z.optional(z.nullable(z.object({ tier: provenanceTier, value: z.string() }))),
});

export { listingFields, type ListingField };

export const listingSchema = z.object({
  isListing: z.boolean(),
  title: z.nullable(z.string()),
  client: z.nullable(z.string()),
  location: z.nullable(z.string()),
  rate: z.nullable(rateSchema),
  hoursPerWeek: z.nullable(hoursSchema),
  startDate: z.nullable(isoDate),
  endDate: z.nullable(isoDate),
  published: z.nullable(isoDate),
  deadline: z.nullable(isoDeadline),
  status: z.enum(["open", "closed", "unknown"]),
  requirements: z.array(requirementSchema),
  /** The page address as given, and the page's canonical address where it names one. */
  url: z.string(),
  canonicalUrl: z.nullable(z.string()),
  /** The broker or site the listing was read on ("KB&P", "Bij Oranje"), or null. */
  site: z.nullable(z.string()),
  /** Which adapter ran ("generic" where none matched). */
  adapter: z.string(),
  /**
   * Extraction health: `ok`, or `degraded` when the site's adapter found nothing where it
   * expected something ("deze site is veranderd") and the generic extractor filled in.
   */
  health: z.object({
    state: z.enum(["ok", "degraded"]),
    message: z.nullable(z.string()),
  }),
  provenance: z.partialRecord(z.enum(listingFields), provenanceSchema),
});

export type Listing = z.infer<typeof listingSchema>;
export type Requirement = z.infer<typeof requirementSchema>;
export type Rate = z.infer<typeof rateSchema>;
export type Hours = z.infer<typeof hoursSchema>;
export type Provenance = z.infer<typeof provenanceSchema>;
