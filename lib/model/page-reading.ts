// What crosses from the page to the worker: a compact reading of the page, with no judgement in
// it. The content script reads (lib/read/reader.ts); the worker checks the reading against
// this schema and interprets it into a Listing (lib/interpret/interpret.ts). The page is hostile,
// so every string and list has a cap and the schema is checked whole before anything is read.
import { z } from "zod";
import { adapterTextFields } from "./listing-fields";
import { READING_LIMITS } from "./reading-limits";
import { ruleFields } from "./site-rule-fields";

export { READING_LIMITS };

const short = z.string().max(READING_LIMITS.short);
const shortOrNull = short.nullable();

export const readingBlockSchema = z.object({
  /** Tag of the element that owns the text: "p", "li", "h2", "td", "dd", "div", ... */
  tag: z.string().max(20),
  /** Whitespace collapsed per line; a <br> gives a "\n". */
  text: z.string().max(READING_LIMITS.blockText),
  /** 1..6 for h1..h6, else 0. */
  heading: z.number().int().min(0).max(6),
  /** The whole block is bold (a pseudo heading such as <p><strong>Eisen</strong></p>). */
  bold: z.boolean(),
  /** Depth of list nesting (1 = item of a top-level list), 0 outside lists; type of the nearest list. */
  listDepth: z.number().int().min(0).max(50),
  listType: z.enum(["ol", "ul"]).nullable(),
  /** Position in a table, for td/th blocks. */
  cell: z
    .object({
      table: z.number().int().min(0),
      row: z.number().int().min(-1),
      col: z.number().int().min(-1),
      header: z.boolean(),
    })
    .nullable(),
  /** A title/aria-label on the block or on its leading icon ("Tarief", "Locatie"). */
  hint: shortOrNull,
  /** Navigation, header, footer, aside, cookie banner or related-listing cards. */
  chrome: z.boolean(),
  /** Chrome only as a sidebar (<aside>, role=complementary) that is no related-listings section:
   *  many sites put the listing's own facts there; they are read when the main text lacks them. */
  sidebar: z.boolean().optional(),
  /** For headings: the address a link in or around it points to (result cards link away). */
  link: shortOrNull,
});
export type Block = z.infer<typeof readingBlockSchema>;

export const pageMetaSchema = z.object({
  title: shortOrNull,
  ogTitle: shortOrNull,
  siteName: shortOrNull,
  description: shortOrNull,
  ogDescription: shortOrNull,
  ogType: shortOrNull,
  canonical: shortOrNull,
});
export type PageMeta = z.infer<typeof pageMetaSchema>;

const amount = z.union([z.number(), short]).nullable();
/** schema.org MonetaryAmount as found: numbers or strings, not yet understood. */
export const rawSalarySchema = z.object({
  currency: shortOrNull,
  unit: shortOrNull,
  value: amount,
  min: amount,
  max: amount,
});
export type RawSalary = z.infer<typeof rawSalarySchema>;

/** A schema.org JobPosting (JSON-LD or microdata) as found on the page, every value raw. */
export const rawJobSchema = z.object({
  tier: z.enum(["json-ld", "microdata"]),
  title: shortOrNull,
  client: shortOrNull,
  location: shortOrNull,
  datePosted: shortOrNull,
  validThrough: shortOrNull,
  startDate: shortOrNull,
  salary: rawSalarySchema.nullable(),
  workHours: shortOrNull,
  employmentType: shortOrNull,
  /** The description as text blocks (it is HTML on most sites), for pages that show nothing else. */
  description: z.array(readingBlockSchema).max(READING_LIMITS.descriptionBlocks),
});
export type RawJob = z.infer<typeof rawJobSchema>;

/** What a site adapter found, as the site prints it ("Max 130 p/u", "Sluit over 11 dagen"). */
export const adapterReadingSchema = z.object({
  id: z.string().max(40),
  /** The adapter's error when the site's layout has changed (the reader fell back to generic). */
  error: shortOrNull,
  fields: z.partialRecord(z.enum(adapterTextFields), short),
  rateIsMaximum: z.boolean(),
  /** The blocks (indices into `blocks`) of the site's eisen and wensen sections. */
  sections: z
    .array(z.object({ kind: z.enum(["must", "nice"]), blocks: z.array(z.number().int().min(0)).max(2000) }))
    .max(10),
});
export type AdapterReading = z.infer<typeof adapterReadingSchema>;

/** What one of the user's site rules found on the page (lib/rules/find.ts), not yet understood. */
export const ruleReadingSchema = z.object({
  field: z.enum(ruleFields),
  /** The value's text as the page shows it; null: the rule's label or value is not on this page. */
  text: shortOrNull,
  /** The blocks (indices into `blocks`) inside the element the rule found: an eisen/wensen section. */
  blocks: z.array(z.number().int().min(0)).max(2000),
});
export type RuleReading = z.infer<typeof ruleReadingSchema>;

export const pageReadingSchema = z.object({
  url: z.string().max(READING_LIMITS.short),
  /** The page's declared language (<html lang>), lower case, or null. */
  lang: z.string().max(35).nullable(),
  /**
   * The first stage's verdict: false when the page is plainly no listing (no structured job,
   * no listing address, no listing words). Then nothing else was read.
   */
  probable: z.boolean(),
  meta: pageMetaSchema,
  blocks: z.array(readingBlockSchema).max(READING_LIMITS.blocks),
  /** JobPostings from JSON-LD, then microdata. */
  jobs: z.array(rawJobSchema).max(READING_LIMITS.jobs),
  /** Other schema.org types in JSON-LD ("NewsArticle", "ItemList"). */
  otherTypes: z.array(z.string().max(80)).max(READING_LIMITS.types),
  /** A pagination control on the page (an overview's sign). */
  paginated: z.boolean(),
  adapter: adapterReadingSchema.nullable(),
  /** What the user's own rules for this site found (issue 17); absent where the site has none. */
  rules: z.array(ruleReadingSchema).max(ruleFields.length).optional(),
});
export type PageReading = z.infer<typeof pageReadingSchema>;
