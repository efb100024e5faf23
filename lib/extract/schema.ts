// The Listing: what the extractor says about one page. The fields of
// ../shared/fixtures/README.md (the extraction contract) plus what the UI needs:
// where it came from, how healthy the extraction was, and per field its provenance.
import { z } from "zod";

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD");
/** A deadline is a Dutch calendar day, or a day with a local Dutch time. */
export const isoDeadline = z.string().regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/, "YYYY-MM-DD or YYYY-MM-DDTHH:MM");

export const ratePer = z.enum(["hour", "day", "month", "year"]);
export const rateSchema = z.object({
  min: z.number().nullable(),
  max: z.number().nullable(),
  currency: z.string().length(3),
  per: ratePer,
});
export const hoursSchema = z.object({ min: z.number(), max: z.number() });

export const requirementKind = z.enum(["must", "nice"]);
export const requirementSchema = z.object({
  /** Stable within a listing: derived from kind + text, used for overrides and in-page marks. */
  id: z.string(),
  text: z.string().min(1),
  kind: requirementKind,
  /** The page's own label, e.g. "E1", "W3", when it numbers its items. */
  label: z.string().nullable().default(null),
  /** A weight the page gives (gunningscriteria), as printed. */
  weight: z.string().nullable().default(null),
});

/** Which tier of the extractor produced a field. */
export const provenanceTier = z.enum(["adapter", "json-ld", "microdata", "meta", "text", "url"]);
export const provenanceSchema = z.object({
  tier: provenanceTier,
  /** The page text the value was read from (trimmed, at most ~200 chars), so the UI can show and mark it. */
  source: z.string(),
});

export const listingFields = [
  "title",
  "client",
  "location",
  "rate",
  "hoursPerWeek",
  "startDate",
  "endDate",
  "published",
  "deadline",
] as const;
export type ListingField = (typeof listingFields)[number];

export const listingSchema = z.object({
  isListing: z.boolean(),
  title: z.string().nullable(),
  client: z.string().nullable(),
  location: z.string().nullable(),
  rate: rateSchema.nullable(),
  hoursPerWeek: hoursSchema.nullable(),
  startDate: isoDate.nullable(),
  endDate: isoDate.nullable(),
  published: isoDate.nullable(),
  deadline: isoDeadline.nullable(),
  status: z.enum(["open", "closed", "unknown"]),
  requirements: z.array(requirementSchema),
  /** The page address as given, and the page's canonical address where it names one. */
  url: z.string(),
  canonicalUrl: z.string().nullable(),
  /** The broker or site the listing was read on ("KB&P", "Bij Oranje"), or null. */
  site: z.string().nullable(),
  /** Which adapter ran ("generic" where none matched). */
  adapter: z.string(),
  /**
   * Extraction health: `ok`, or `degraded` when the site's adapter found nothing where it
   * expected something ("deze site is veranderd") and the generic extractor filled in.
   */
  health: z.object({
    state: z.enum(["ok", "degraded"]),
    message: z.string().nullable(),
  }),
  provenance: z.partialRecord(z.enum(listingFields), provenanceSchema),
});

export type Listing = z.infer<typeof listingSchema>;
export type Requirement = z.infer<typeof requirementSchema>;
export type Rate = z.infer<typeof rateSchema>;
export type Hours = z.infer<typeof hoursSchema>;
export type Provenance = z.infer<typeof provenanceSchema>;
