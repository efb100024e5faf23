// How saved listings lie in storage (v3), as pure functions over what storage holds.
//
//   savedRecord:<id>   one full SavedListing per key: a change writes one record, not all of them
//   savedIndex         [packed SavedHead] for every record, by id: what the popup reads to list them
//   savedBackup        { id: SavedListing }, the last good state, refreshed by the worker
//   saved (+ saved$)   v1/v2: every record in one value (WXT's versioned item); moved on first read
//
// The v3 values are stored as JSON text, not as objects: Chrome's storage hands a 580 KB index
// to the popup in about 30 ms as one string and in about 120 ms as 1,000 objects (measured
// while building this). Readers accept either, so an object written by hand still reads.
//
// The records are the truth and the index is a cache of their heads: a record missing from the
// index is adopted into it, an index entry without a record is dropped. So a write that adds or
// changes a record sets record and index in one `set` (atomic in Chrome and Firefox), and a
// removal deletes the record before it rewrites the index: cut off in between, the listing
// stays removed rather than coming back. Functions here say what to write; lib/browser/items.ts
// writes it.
import type { SetAside } from "./repair";
import { formatIssues } from "./issues";
import { migrate } from "./migrations";
import { isRecord } from "../model/is-record";
import { parseIfText, readSavedListings } from "./repair";
import { headOf, isPackedHead, packHead, unpackHead, type SavedHead } from "./saved-head";
import { savedListingSchema, type SavedListing } from "../model/saved";

export const INDEX_KEY = "savedIndex";
export const RECORD_PREFIX = "savedRecord:";
export const BACKUP_KEY = "savedBackup";
export const LEGACY_KEY = "saved";
/** WXT's version record of the legacy item: `{ v: 2 }`. */
export const LEGACY_META_KEY = "saved$";

export const recordKey = (id: string): string => `${RECORD_PREFIX}${id}`;
export const isRecordKey = (key: string): boolean => key.startsWith(RECORD_PREFIX);
/** Keys whose change means the saved listings changed. */
export const isSavedKey = (key: string): boolean => key === INDEX_KEY || isRecordKey(key);

/** Storage writes in the order that is safe to apply them: removeFirst, then set, then removeAfter. */
export interface StorageChanges {
  removeFirst: string[];
  set: Record<string, unknown>;
  removeAfter: string[];
}

const noChanges = (): StorageChanges => ({ removeFirst: [], set: {}, removeAfter: [] });

export function hasChanges(changes: StorageChanges): boolean {
  return changes.removeFirst.length + changes.removeAfter.length + Object.keys(changes.set).length > 0;
}

const compareIds = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** A value as stored: JSON text. */
const storedText = (value: unknown): string => JSON.stringify(value);

/** The stored index of these heads: packed, by id in a fixed order (so an unchanged index compares equal). */
export const indexText = (heads: readonly SavedHead[]): string => storedText([...heads].sort(compareIds).map(packHead));

/** One stored record, checked on its own: valid, and stored under its own id. */
export function readRecord(id: string, raw: unknown): { record: SavedListing } | { problem: string } {
  const parsed = parseIfText(raw);
  if ("problem" in parsed) return { problem: `saved[${JSON.stringify(id)}]: ${parsed.problem}` };
  const result = savedListingSchema.safeParse(parsed.value);
  if (!result.success) return { problem: formatIssues(result.error, ["saved", id]).join("; ") };
  if (result.data.id !== id)
    return { problem: `saved[${JSON.stringify(id)}]: holds the listing ${JSON.stringify(result.data.id)}` };
  return { record: result.data };
}

/** The heads in the index, or null when the index is missing or any entry is unreadable. */
export function readSavedIndex(raw: unknown): SavedHead[] | null {
  const parsed = parseIfText(raw);
  if ("problem" in parsed || !Array.isArray(parsed.value)) return null;
  const heads: SavedHead[] = [];
  for (const value of parsed.value) {
    if (!isPackedHead(value)) return null;
    heads.push(unpackHead(value));
  }
  return heads;
}

function legacyVersion(meta: unknown): number {
  return isRecord(meta) && typeof meta.v === "number" ? meta.v : 1;
}

function sameJson(a: unknown, b: unknown): boolean {
  return storedText(a) === storedText(b);
}

export interface SavedRead {
  listings: SavedListing[];
  /** Records that failed validation now: to be kept aside (with the problem), never thrown away. */
  setAside: SetAside[];
  /** What brings storage in line: the index rebuilt, legacy records moved, bad records restored or removed. */
  repair: StorageChanges;
}

/**
 * Every saved listing in a snapshot of the storage area (all its keys), without ever losing
 * one: a bad record is set aside and, where the backup holds a good copy, restored from it; a
 * legacy v1/v2 value is moved into records (a newer v3 record of the same listing wins).
 * `refreshBackup` also writes the backup when it no longer matches the records.
 */
export function readSavedSnapshot(
  snapshot: Record<string, unknown>,
  options: { refreshBackup?: boolean } = {},
): SavedRead {
  const changes = noChanges();
  const setAside: SetAside[] = [];
  const byId = new Map<string, SavedListing>();
  let backup: Map<string, SavedListing> | null = null;
  const backupRecords = () =>
    (backup ??= new Map(readSavedListings(snapshot[BACKUP_KEY]).listings.map((s) => [s.id, s])));
  const restore = (record: SavedListing) => {
    byId.set(record.id, record);
    changes.set[recordKey(record.id)] = storedText(record);
  };

  for (const [key, raw] of Object.entries(snapshot)) {
    if (!isRecordKey(key)) continue;
    const id = key.slice(RECORD_PREFIX.length);
    const read = readRecord(id, raw);
    if ("record" in read) {
      byId.set(id, read.record);
      continue;
    }
    setAside.push({ raw, problem: read.problem });
    const good = backupRecords().get(id);
    if (good) restore(good);
    else changes.removeAfter.push(key);
  }

  if (LEGACY_KEY in snapshot) {
    const legacy = readSavedListings(migrate(snapshot[LEGACY_KEY], legacyVersion(snapshot[LEGACY_META_KEY])).value);
    for (const item of legacy.setAside) setAside.push(item);
    // The whole legacy value unreadable: the backup (same shape in v2 and v3) has the last good state.
    const moved =
      legacy.listings.length === 0 && legacy.setAside.length > 0 ? [...backupRecords().values()] : legacy.listings;
    for (const record of moved) if (!byId.has(record.id)) restore(record);
    // Removed only after the records are written: cut off in between, the next read moves them again.
    changes.removeAfter.push(LEGACY_KEY, LEGACY_META_KEY);
  }

  const listings = [...byId.values()];
  const index = indexText(listings.map(headOf));
  if (index !== snapshot[INDEX_KEY]) changes.set[INDEX_KEY] = index;
  if (options.refreshBackup) {
    const backupText = storedText(Object.fromEntries([...listings].sort(compareIds).map((s) => [s.id, s])));
    if (backupText !== snapshot[BACKUP_KEY]) changes.set[BACKUP_KEY] = backupText;
  }
  return { listings, setAside, repair: changes };
}

/** The writes that turn the stored `before` into `after`: changed records, removed ones, the index. */
export function planSavedWrite(before: readonly SavedListing[], after: readonly SavedListing[]): StorageChanges {
  const changes = noChanges();
  const old = new Map(before.map((s) => [s.id, s]));
  for (const record of after) {
    const was = old.get(record.id);
    if (was === undefined || (was !== record && !sameJson(was, record)))
      changes.set[recordKey(record.id)] = storedText(record);
  }
  const kept = new Set(after.map((s) => s.id));
  changes.removeFirst = before.filter((s) => !kept.has(s.id)).map((s) => recordKey(s.id));
  if (Object.keys(changes.set).length > 0 || changes.removeFirst.length > 0)
    changes.set[INDEX_KEY] = indexText(after.map(headOf));
  return changes;
}

/** The writes for one record changed (`next`) or removed (null), given the current index. */
export function planRecordWrite(index: readonly SavedHead[], id: string, next: SavedListing | null): StorageChanges {
  const others = index.filter((head) => head.id !== id);
  const changes = noChanges();
  if (next === null) {
    changes.removeFirst.push(recordKey(id));
    changes.set[INDEX_KEY] = indexText(others);
  } else {
    changes.set[recordKey(id)] = storedText(next);
    changes.set[INDEX_KEY] = indexText([...others, headOf(next)]);
  }
  return changes;
}
