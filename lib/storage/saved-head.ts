// The head of a saved listing: everything the saved list, the filters, "ook bij" and the
// reminders need, without the requirements and the provenance (most of a record's bytes). The
// heads of all saved listings are kept together in one small index, so the popup can list
// 1,000 saved listings without reading 2 MB of records (see saved-layout.ts). In the index a
// head is packed into a tuple: field names repeated 1,000 times were half its bytes.
import { listingSchema, ratePer, type Listing, type Rate } from "../model/listing";
import { savedStatus, type SavedListing } from "../model/saved";

const listingHeadMask = {
  title: true,
  client: true,
  location: true,
  rate: true,
  startDate: true,
  published: true,
  deadline: true,
  status: true,
  url: true,
  canonicalUrl: true,
  site: true,
} as const;

export type ListingHead = Pick<Listing, keyof typeof listingHeadMask>;

/** A full SavedListing is also a SavedHead, so the pure list functions take either. */
export type SavedHead = Pick<SavedListing, "id" | "savedAt" | "status" | "note"> & { listing: ListingHead };

/** The head of a full record (a new object: the record itself is left alone). */
export function headOf(saved: SavedListing): SavedHead {
  const { listing } = saved;
  const head = {} as Record<keyof ListingHead, unknown>;
  for (const field of Object.keys(listingHeadMask) as Array<keyof ListingHead>) head[field] = listing[field];
  return { id: saved.id, savedAt: saved.savedAt, status: saved.status, note: saved.note, listing: head as ListingHead };
}

/** A head as the index keeps it: values in a fixed order, the rate as [min, max, currency, per]. */
export type PackedHead = [
  id: string,
  savedAt: string,
  status: SavedListing["status"],
  note: string,
  title: string | null,
  client: string | null,
  location: string | null,
  rate: [min: number | null, max: number | null, currency: string, per: Rate["per"]] | null,
  startDate: string | null,
  published: string | null,
  deadline: string | null,
  pageStatus: Listing["status"],
  url: string,
  canonicalUrl: string | null,
  site: string | null,
];

// The index is checked by hand, not with zod: it is a cache of records zod has already checked
// (and is rebuilt from them when this check fails), and zod's first 1,000 parses in a freshly
// opened popup cost 40-70 ms, most of the popup's time budget. The shapes are those of the
// zod schemas; tests/unit/storage/saved-layout.test.ts checks the two agree.
const isText = (v: unknown): v is string => typeof v === "string";
const isMaybeText = (v: unknown): v is string | null => v === null || typeof v === "string";
const isMaybeNumber = (v: unknown): v is number | null => v === null || (typeof v === "number" && Number.isFinite(v));
const matches = (pattern: RegExp) => (v: unknown) => v === null || (typeof v === "string" && pattern.test(v));
const isMaybeDate = matches(/^\d{4}-\d{2}-\d{2}$/);
const isMaybeDeadline = matches(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/);
const isInstant = (v: unknown) =>
  isText(v) && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(v);
const oneOf = (options: readonly string[]) => (v: unknown) => typeof v === "string" && options.includes(v);
const isSavedStatus = oneOf(savedStatus.options);
const isPageStatus = oneOf(listingSchema.shape.status.options);
const isPer = oneOf(ratePer.options);

function isPackedRate(v: unknown): boolean {
  return (
    v === null ||
    (Array.isArray(v) &&
      v.length === 4 &&
      isMaybeNumber(v[0]) &&
      isMaybeNumber(v[1]) &&
      isText(v[2]) &&
      v[2].length === 3 &&
      isPer(v[3]))
  );
}

const packedChecks: Array<(v: unknown) => boolean> = [
  (v) => isText(v) && v.length > 0,
  isInstant,
  isSavedStatus,
  isText,
  isMaybeText,
  isMaybeText,
  isMaybeText,
  isPackedRate,
  isMaybeDate,
  isMaybeDate,
  isMaybeDeadline,
  isPageStatus,
  isText,
  isMaybeText,
  isMaybeText,
];

export function isPackedHead(value: unknown): value is PackedHead {
  return (
    Array.isArray(value) && value.length === packedChecks.length && packedChecks.every((check, i) => check(value[i]))
  );
}

export function packHead(head: SavedHead): PackedHead {
  const { listing: l } = head;
  const rate = l.rate ? ([l.rate.min, l.rate.max, l.rate.currency, l.rate.per] as const) : null;
  return [
    head.id,
    head.savedAt,
    head.status,
    head.note,
    l.title,
    l.client,
    l.location,
    rate ? [...rate] : null,
    l.startDate,
    l.published,
    l.deadline,
    l.status,
    l.url,
    l.canonicalUrl,
    l.site,
  ];
}

export function unpackHead(packed: PackedHead): SavedHead {
  const [id, savedAt, status, note, title, client, location, rate, startDate, published, deadline] = packed;
  const [, , , , , , , , , , , pageStatus, url, canonicalUrl, site] = packed;
  const unpackedRate: Rate | null = rate ? { min: rate[0], max: rate[1], currency: rate[2], per: rate[3] } : null;
  return {
    id,
    savedAt,
    status,
    note,
    listing: {
      title,
      client,
      location,
      rate: unpackedRate,
      startDate,
      published,
      deadline,
      status: pageStatus,
      url,
      canonicalUrl,
      site,
    },
  };
}
