// The one place in lib/ that touches the browser: WXT storage items. Every read goes through
// the pure repair functions (zod per record), so corrupt storage is reported, never wiped.
// Saved listings lie one record per key with an index of their heads (lib/storage/saved-layout.ts),
// set-aside records one per key too (lib/storage/set-aside.ts).
//
// Every write runs through the one writer (./one-writer.ts): a read-modify-write here is never
// interleaved with another one in the popup, the options page or the worker. The exported
// functions that write take the lock; the inner ones (`…Locked` callers only) do not, because
// Web Locks are not re-entrant.
import { browser } from "wxt/browser";
import { storage } from "wxt/utils/storage";
import { readProfileLeniently, type Profile } from "../model/profile";
import { mergeSaved, type AppState, type MergeResult } from "../storage/backup";
import { readNotified, readSettings } from "../storage/repair";
import { headOf, type SavedHead } from "../storage/saved-head";
import { draftsInSnapshot, planDraftsImport } from "../storage/response-drafts";
import {
  INDEX_KEY,
  LEGACY_KEY,
  hasChanges,
  isRecordKey,
  isSavedKey,
  planRecordWrite,
  planSavedWrite,
  readRecord,
  readSavedIndex,
  readSavedSnapshot,
  recordKey,
  type StorageChanges,
} from "../storage/saved-layout";
import {
  LEGACY_SET_ASIDE_KEY,
  SET_ASIDE_LIST_KEY,
  isSetAsideKey,
  planSetAside,
  readSetAsideList,
  setAsideInSnapshot,
  type StoredSetAside,
} from "../storage/set-aside";
import type { SavedListing, SavedListings } from "../model/saved";
import type { Settings } from "../model/settings";
import { currentTime } from "./clock";
import { mergeRules, readSiteRules, SITE_RULES_KEY, storedValue } from "../rules/stored";
import { oneWriter } from "./one-writer";
import { USER_SITES_KEY, importedUserSites, loadUserSites } from "./user-sites";
import { KEEP_LOCAL_KEY, planSyncedLocked, readSyncedValue, watchSynced, writeSyncedLocked } from "./synced";

// Items hold `unknown`: what is stored is only trusted after the repair functions read it.
// The profile and the settings are read and written through ./synced.ts (storage.sync, with
// `local:profile` and `local:settings` as this browser's copy).
/** Reminder keys already shown, so a reminder is delivered once. */
const notifiedItem = storage.defineItem<unknown>("local:notified", { fallback: null });

/**
 * Records a replace-import is removing: written in the same `set` as the new records, so a
 * replace cut off before its removals is finished by the next full read (never half undone).
 */
const REPLACING_KEY = "savedReplacing";

export interface SavedState {
  listings: SavedListing[];
  /** Problems found on this read (records set aside now or earlier). */
  problems: string[];
}

export async function loadProfile(): Promise<{ profile: Profile | null; problems: string[] }> {
  const { raw, problems } = await readSyncedValue("profile");
  if (raw === null || raw === undefined) return { profile: null, problems };
  const read = readProfileLeniently(raw);
  return { profile: read.profile, problems: [...problems, ...read.problems] };
}

export function saveProfile(profile: Profile): Promise<void> {
  return oneWriter(() => writeSyncedLocked({ profile }));
}

async function apply(changes: StorageChanges): Promise<void> {
  if (changes.removeFirst.length > 0) await browser.storage.local.remove(changes.removeFirst);
  // One `set`: atomic in Chrome and Firefox.
  if (Object.keys(changes.set).length > 0) await browser.storage.local.set(changes.set);
  if (changes.removeAfter.length > 0) await browser.storage.local.remove(changes.removeAfter);
}

function readReplacing(raw: unknown): string[] {
  if (typeof raw !== "string") return [];
  try {
    const keys: unknown = JSON.parse(raw);
    return Array.isArray(keys) ? keys.filter((k): k is string => typeof k === "string" && isRecordKey(k)) : [];
  } catch {
    return [];
  }
}

/** The full read, repairing on the way; the caller holds the lock. */
async function loadSavedLocked(options: { refreshBackup?: boolean } = {}): Promise<SavedState> {
  const snapshot = await browser.storage.local.get(null);
  // A replace-import cut off before its removals: finish them (the import was already written).
  const leftOver = REPLACING_KEY in snapshot ? readReplacing(snapshot[REPLACING_KEY]) : [];
  for (const key of leftOver) delete snapshot[key];
  const read = readSavedSnapshot(snapshot, options);
  // Set aside in the same write as the repair, before it removes anything: a bad record is kept, never lost.
  const setAside = planSetAside(snapshot, read.setAside, await currentTime());
  const changes: StorageChanges = {
    removeFirst: read.repair.removeFirst,
    set: { ...setAside.set, ...read.repair.set },
    removeAfter: [...read.repair.removeAfter, ...setAside.removeAfter, ...leftOver],
  };
  if (REPLACING_KEY in snapshot) changes.removeAfter.push(REPLACING_KEY);
  if (hasChanges(changes)) await apply(changes);
  return { listings: read.listings, problems: setAside.items.map((s) => s.problem) };
}

/**
 * Every saved listing in full, with storage repaired on the way (index, legacy values, bad
 * records set aside). `refreshBackup` (the worker's upkeep) also brings the backup up to date.
 */
export function loadSaved(options: { refreshBackup?: boolean } = {}): Promise<SavedState> {
  return oneWriter(() => loadSavedLocked(options));
}

/** The heads of all saved listings from the index: what lists, filters and reminders need. */
export async function loadSavedHeads(): Promise<{ heads: SavedHead[]; problems: string[] }> {
  const stored = await browser.storage.local.get([
    INDEX_KEY,
    LEGACY_KEY,
    LEGACY_SET_ASIDE_KEY,
    SET_ASIDE_LIST_KEY,
    REPLACING_KEY,
  ]);
  const heads = readSavedIndex(stored[INDEX_KEY]);
  const problems = readSetAsideList(stored[SET_ASIDE_LIST_KEY]);
  const present = (key: string) => stored[key] !== null && stored[key] !== undefined;
  if (
    heads === null ||
    problems === null ||
    present(LEGACY_KEY) ||
    present(LEGACY_SET_ASIDE_KEY) ||
    present(REPLACING_KEY)
  ) {
    // No index yet (first run), a damaged one, a layout of an earlier version still there (an
    // update, or an older version run again), or a replace cut off: the full read moves and rebuilds.
    const { listings, problems: found } = await loadSaved();
    return { heads: listings.map(headOf), problems: found };
  }
  return { heads, problems };
}

async function readRecords(ids: readonly string[], listed: boolean): Promise<Map<string, SavedListing>> {
  const found = new Map<string, SavedListing>();
  if (ids.length === 0) return found;
  const values = await browser.storage.local.get(ids.map(recordKey));
  let damaged = false;
  for (const id of ids) {
    const value: unknown = values[recordKey(id)];
    if (value === null || value === undefined) {
      damaged ||= listed;
      continue;
    }
    const read = readRecord(id, value);
    if ("record" in read) found.set(id, read.record);
    else damaged = true;
  }
  if (damaged) await loadSaved();
  return found;
}

/**
 * Full records of saved listings the index lists. Finding one unreadable, or missing, starts
 * the full read, which sets it aside (or restores it from the backup) and brings the index in
 * line: the storage watchers then show the result.
 */
export function loadSavedRecords(ids: readonly string[]): Promise<Map<string, SavedListing>> {
  return readRecords(ids, true);
}

/** The saved record of one listing, or null when it is not saved (or cannot be read). */
export async function loadSavedRecord(id: string): Promise<SavedListing | null> {
  return (await readRecords([id], false)).get(id) ?? null;
}

async function updateSavedLocked(change: (listings: SavedListing[]) => SavedListing[]): Promise<SavedListing[]> {
  const { listings } = await loadSavedLocked();
  const next = change(listings);
  await apply(planSavedWrite(listings, next));
  return next;
}

/** Read, change, write: the way many saved listings change at once. */
export function updateSaved(change: (listings: SavedListing[]) => SavedListing[]): Promise<SavedListing[]> {
  return oneWriter(() => updateSavedLocked(change));
}

/**
 * One saved listing changed (`change` returns the new record) or removed (it returns null),
 * writing that record and the index only. Returns the record as it was and as it is now.
 */
export function updateSavedRecord(
  id: string,
  change: (current: SavedListing | null) => SavedListing | null,
): Promise<{ before: SavedListing | null; after: SavedListing | null }> {
  return oneWriter(async () => {
    const stored = await browser.storage.local.get([INDEX_KEY, recordKey(id), REPLACING_KEY]);
    const heads = readSavedIndex(stored[INDEX_KEY]);
    const raw: unknown = stored[recordKey(id)];
    const read = raw === null || raw === undefined ? null : readRecord(id, raw);
    if (heads === null || (read !== null && "problem" in read) || stored[REPLACING_KEY] !== undefined) {
      // A damaged index or record, or a replace to finish: the full path repairs first.
      let before: SavedListing | null = null;
      let after: SavedListing | null = null;
      await updateSavedLocked((all) => {
        before = all.find((s) => s.id === id) ?? null;
        after = change(before);
        const others = all.filter((s) => s.id !== id);
        return after ? [...others, after] : others;
      });
      return { before, after };
    }
    const before = read === null ? null : read.record;
    const after = change(before);
    if (after !== before) await apply(planRecordWrite(heads, id, after));
    return { before, after };
  });
}

/**
 * A checked backup (lib/storage/backup.ts parseBackup) written all or nothing. "replace": the
 * profile (when the backup has one), the settings and the saved listings become the backup's,
 * in one `set`; records it does not hold are removed after (journalled, see REPLACING_KEY).
 * "merge": the backup's listings added to those here, the backup's winning per id, in one `set`.
 */
export function importBackup(state: AppState, mode: "replace" | "merge"): Promise<MergeResult> {
  return oneWriter(async () => {
    const { listings } = await loadSavedLocked();
    const existing: SavedListings = Object.create(null) as SavedListings;
    for (const record of listings) existing[record.id] = record;
    const merged = mergeSaved(existing, state.saved);
    const next = mode === "replace" ? Object.values(state.saved) : Object.values(merged.saved);
    const plan = planSavedWrite(listings, next);
    // The prepared responses go in the same `set`; a replace removes the others after it.
    const drafts = planDraftsImport(Object.keys(await browser.storage.local.get(null)), state.responses, mode);
    const set: Record<string, unknown> = { ...plan.set, ...drafts.set };
    // The user's site rules (issue 17) in the same `set`: replaced, or the backup's added.
    if (state.siteRules) {
      const here = readSiteRules((await browser.storage.local.get(SITE_RULES_KEY))[SITE_RULES_KEY]);
      const rules = mode === "replace" ? state.siteRules : mergeRules(here.rules, state.siteRules);
      set[SITE_RULES_KEY] = storedValue(rules, here.unreadable);
    }
    // The user's own sites: the backup's in place of these (replace) or added to them (merge).
    if (state.userSites) set[USER_SITES_KEY] = await importedUserSites(state.userSites, mode);
    // The profile and settings replaced go to sync too (./synced.ts), else sync's would win.
    const synced =
      mode === "replace"
        ? await planSyncedLocked(
            state.profile ? { profile: state.profile, settings: state.settings } : { settings: state.settings },
          )
        : null;
    if (synced) {
      Object.assign(set, synced.local);
      if (plan.removeFirst.length > 0) set[REPLACING_KEY] = JSON.stringify(plan.removeFirst);
    }
    if (Object.keys(set).length > 0) await browser.storage.local.set(set);
    await synced?.toSync();
    if (plan.removeFirst.length > 0) await browser.storage.local.remove([...plan.removeFirst, REPLACING_KEY]);
    if (drafts.remove.length > 0) await browser.storage.local.remove(drafts.remove);
    if (mode === "merge") return merged;
    return { saved: state.saved, added: next.length, replaced: 0, kept: 0 };
  });
}

/** Every saved listing replaced by these (tests, tools): the replace-import's all-or-nothing write. */
export async function replaceSaved(listings: SavedListing[]): Promise<void> {
  const { settings } = await loadSettings();
  const saved: SavedListings = Object.create(null) as SavedListings;
  for (const record of listings) saved[record.id] = record;
  await importBackup({ profile: null, saved, settings }, "replace");
}

/** The records set aside so far, each as it was stored, with its problem, oldest first. */
export async function loadSetAside(): Promise<StoredSetAside[]> {
  const snapshot = await browser.storage.local.get(null);
  // Records of the one-list layout still there: the full read moves them to their own keys first.
  if (LEGACY_SET_ASIDE_KEY in snapshot) {
    await loadSaved();
    return setAsideInSnapshot(await browser.storage.local.get(null));
  }
  return setAsideInSnapshot(snapshot);
}

/**
 * Discards set-aside records: only on the user's word, after they could download them. Given
 * keys, only those (the ones the user saw); without, all of them.
 */
export function dismissSetAside(keys?: readonly string[]): Promise<void> {
  return oneWriter(async () => {
    const snapshot = await browser.storage.local.get(null);
    const all = Object.keys(snapshot).filter(isSetAsideKey);
    const chosen = keys ? new Set(keys) : null;
    const gone = all.filter((key) => chosen === null || chosen.has(key));
    const left = setAsideInSnapshot(snapshot).filter((s) => !gone.includes(s.key));
    const legacy = chosen === null && LEGACY_SET_ASIDE_KEY in snapshot ? [LEGACY_SET_ASIDE_KEY] : [];
    await browser.storage.local.set({ [SET_ASIDE_LIST_KEY]: JSON.stringify(left.map((s) => s.problem)) });
    if (gone.length + legacy.length > 0) await browser.storage.local.remove([...gone, ...legacy]);
  });
}

export async function loadSettings(): Promise<{ settings: Settings; problems: string[] }> {
  const { raw, problems } = await readSyncedValue("settings");
  const read = readSettings(raw);
  return { settings: read.settings, problems: [...problems, ...read.problems] };
}

/**
 * Settings changed by a function of the settings as stored now (repaired), under the lock:
 * two changes at once (the panel's "collapse" and the options page's form) both land.
 */
export function updateSettings(change: (settings: Settings) => Settings): Promise<Settings> {
  return oneWriter(async () => {
    const next = change((await loadSettings()).settings);
    await writeSyncedLocked({ settings: next });
    return next;
  });
}

/** The reminder keys already shown, repaired (see readNotified). */
export async function loadNotified(): Promise<string[]> {
  return readNotified(await notifiedItem.getValue()).keys;
}

/**
 * The reminder state changed under the lock: `change` gets the keys shown so far (repaired)
 * and returns the keys to keep, and a result handed back. Writes only when the keys changed.
 */
export function updateNotified<T>(
  change: (keys: string[]) => { keys: string[]; result: T } | Promise<{ keys: string[]; result: T }>,
): Promise<{ result: T; problems: string[] }> {
  return oneWriter(async () => {
    const raw = await notifiedItem.getValue();
    const { keys, problems } = readNotified(raw);
    const next = await change(keys);
    const same = problems.length === 0 && raw !== null && sameList(keys, next.keys);
    if (!same) await notifiedItem.setValue(next.keys);
    return { result: next.result, problems };
  });
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Calls back whenever saved listings, settings, the profile or the set-aside records change (from any page). */
export function watchState(callback: () => void): () => void {
  const watched = (key: string) =>
    isSavedKey(key) ||
    key === "settings" ||
    key === "profile" ||
    key === KEEP_LOCAL_KEY ||
    isSetAsideKey(key) ||
    key === SET_ASIDE_LIST_KEY ||
    key === LEGACY_SET_ASIDE_KEY;
  const listener = (changes: Record<string, unknown>) => {
    if (Object.keys(changes).some(watched)) callback();
  };
  browser.storage.local.onChanged.addListener(listener);
  const stopSynced = watchSynced(callback);
  return () => {
    browser.storage.local.onChanged.removeListener(listener);
    stopSynced();
  };
}

/** Everything the user has, as one backup exports it (saved listings in the order they were saved). */
export async function loadAppState(): Promise<AppState> {
  const [{ profile }, { listings }, { settings }, { sites: userSites }, stored] = await Promise.all([
    loadProfile(),
    loadSaved(),
    loadSettings(),
    loadUserSites(),
    browser.storage.local.get(SITE_RULES_KEY),
  ]);
  const inOrder = [...listings].sort((a, b) => a.savedAt.localeCompare(b.savedAt));
  const saved: SavedListings = Object.create(null) as SavedListings;
  for (const record of inOrder) saved[record.id] = record;
  const { drafts: responses } = draftsInSnapshot(await browser.storage.local.get(null));
  return { profile, saved, settings, userSites, siteRules: readSiteRules(stored[SITE_RULES_KEY]).rules, responses };
}
