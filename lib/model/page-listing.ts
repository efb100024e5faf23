// A listing that comes from a page (the content script's message, its reply to the popup) is
// untrusted: the page's scripts share its DOM and may shape what the reader returns. It is
// checked as a whole against this schema, the one way both the worker and the popup accept it:
// the Listing's shape, but every object strict (no key we do not know), every string and list
// capped, requirement ids in the form lib/model/requirement-id.ts gives them. The worker holds
// the listings it hands out to the same schema (entrypoints/background/page-requests.ts), so a
// listing it gave the page is always accepted back.
import { z } from "zod";
import type { Listing } from "./listing";
import { listingFields } from "./listing-fields";
import { READING_LIMITS } from "./reading-limits";

export const PAGE_LISTING_LIMITS = {
  /** Any text read from the page: a reading's block holds at most this much. */
  text: READING_LIMITS.blockText,
  /** Addresses, as the reading caps them. */
  url: READING_LIMITS.short,
  /** Real pages list a few dozen eisen and wensen; 10,000 made a 1.7 MB message (issue 13). */
  requirements: 500,
  short: 100,
} as const;

const text = z.string().max(PAGE_LISTING_LIMITS.text);
const short = z.string().max(PAGE_LISTING_LIMITS.short);
/** An address the extension may open and key a record by: http(s) only. */
const webUrl = z
  .string()
  .max(PAGE_LISTING_LIMITS.url)
  .refine((url) => /^https?:\/\//i.test(url) && URL.canParse(url), "an http(s) address");
const amount = z.number().finite().nullable();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD");
const isoDeadline = z.string().regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/, "YYYY-MM-DD or YYYY-MM-DDTHH:MM");

/** `must-<hash>` or `nice-<hash>` (lib/model/requirement-id.ts): never a key like `__proto__`. */
export const requirementIdSchema = z.string().regex(/^(must|nice)-[0-9a-z]{1,13}$/, "a requirement id");

const tier = z.enum(["adapter", "json-ld", "microdata", "meta", "text", "url", "rule"]);
const provenance = z
  .object({
    tier,
    source: text,
    label: text.nullable().optional(),
    block: z.number().int().min(0).max(1_000_000).nullable().optional(),
    overruled: z.object({ tier, value: text }).strict().nullable().optional(),
  })
  .strict();

export const pageListingSchema = z
  .object({
    isListing: z.boolean(),
    title: text.nullable(),
    client: text.nullable(),
    location: text.nullable(),
    rate: z
      .object({
        min: amount,
        max: amount,
        currency: z.string().length(3),
        per: z.enum(["hour", "day", "month", "year"]),
      })
      .strict()
      .nullable(),
    hoursPerWeek: z.object({ min: z.number().finite(), max: z.number().finite() }).strict().nullable(),
    startDate: isoDate.nullable(),
    endDate: isoDate.nullable(),
    published: isoDate.nullable(),
    deadline: isoDeadline.nullable(),
    status: z.enum(["open", "closed", "unknown"]),
    requirements: z
      .array(
        z
          .object({
            id: requirementIdSchema,
            text: text.min(1),
            kind: z.enum(["must", "nice"]),
            label: text.nullable(),
            weight: text.nullable(),
          })
          .strict(),
      )
      .max(PAGE_LISTING_LIMITS.requirements),
    url: webUrl,
    canonicalUrl: webUrl.nullable(),
    site: text.nullable(),
    adapter: short,
    health: z.object({ state: z.enum(["ok", "degraded"]), message: text.nullable() }).strict(),
    provenance: z.partialRecord(z.enum(listingFields), provenance),
  })
  .strict();

/** The listing when `raw` is a valid Listing of a page that is one; null otherwise. */
export function parsePageListing(raw: unknown): Listing | null {
  const parsed = pageListingSchema.safeParse(raw);
  return parsed.success && parsed.data.isListing ? parsed.data : null;
}

// The schema's output is a Listing: a change to one that the other misses fails the type check.
export type PageListing = z.infer<typeof pageListingSchema>;
const _isListing: (l: PageListing) => Listing = (l) => l;
void _isListing;
