// Versioned stored shapes of the saved listings, with pure vN → vN+1 steps. The values are
// `unknown` on purpose: a migration only reshapes, repair.ts validates afterwards, so a half
// written old record is still carried over and set aside there rather than lost here.
//
// v1 (first release): an array of `{ listing, savedAt, status, note }`, no id, no overrides.
// v2: a record keyed by `listingKey(listing)`, each with id, overrides and lastSeenAt.
// Both lay in one value under "saved", versioned by WXT's `saved$`. v3 (now) keeps one record
// per key (saved-layout.ts), which moves a v1/v2 value after bringing it to v2 here.
import { listingKey } from "../model/listing-key";
import { isRecord } from "../model/is-record";

export const SAVED_VERSION = 2;

/** The id a v1 record gets: its listing's key, or a placeholder repair.ts will set aside. */
function v1Id(record: Record<string, unknown>, index: number): string {
  const listing = record.listing;
  if (isRecord(listing) && typeof listing.url === "string") {
    const canonical = typeof listing.canonicalUrl === "string" ? listing.canonicalUrl : null;
    return listingKey({ url: listing.url, canonicalUrl: canonical });
  }
  return `unreadable-v1-${index}`;
}

/** v1 → v2: array to record keyed by id; missing overrides and lastSeenAt filled in. */
export function savedV1ToV2(v1: unknown): unknown {
  if (!Array.isArray(v1)) return v1;
  const out: Record<string, unknown> = {};
  v1.forEach((item, index) => {
    if (!isRecord(item)) {
      out[`unreadable-v1-${index}`] = item;
      return;
    }
    const id = v1Id(item, index);
    // Two v1 entries for one page: the later one was the user's latest save.
    out[id] = { overrides: {}, lastSeenAt: item.savedAt, ...item, id };
  });
  return out;
}

/** Step `n` turns a version n-1 value into version n. */
const savedMigrations: Record<number, (value: unknown) => unknown> = {
  2: savedV1ToV2,
};

/**
 * Brings a stored value from `fromVersion` up to SAVED_VERSION. A value from a newer version
 * than this code knows is returned untouched (repair.ts then keeps what it can read).
 */
export function migrate(raw: unknown, fromVersion: number): { value: unknown; version: number } {
  let value = raw;
  let version = Math.max(1, Math.floor(fromVersion));
  while (version < SAVED_VERSION) {
    const step = savedMigrations[version + 1];
    if (step) value = step(value);
    version += 1;
  }
  return { value, version: Math.max(version, fromVersion) };
}
