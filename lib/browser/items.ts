// The one place in lib/ that touches the browser: WXT storage items. Every read goes through
// the pure repair functions (zod per record), so corrupt storage is reported, never wiped.
// Saved listings lie one record per key with an index of their heads (lib/storage/saved-layout.ts).
import { browser } from "wxt/browser";
import { storage, type StorageItemKey } from "wxt/utils/storage";
import { readProfileLeniently, type Profile } from "../model/profile";
import type { AppState } from "../storage/backup";
import type { SetAside } from "../storage/repair";
import { readSettings } from "../storage/repair";
import { headOf, type SavedHead } from "../storage/saved-head";
import {
  INDEX_KEY,
  LEGACY_KEY,
  hasChanges,
  isSavedKey,
  planRecordWrite,
  planSavedWrite,
  readRecord,
  readSavedIndex,
  readSavedSnapshot,
  recordKey,
  type StorageChanges,
} from "../storage/saved-layout";
import type { SavedListing } from "../model/saved";
import type { Settings } from "../model/settings";

// Items hold `unknown`: what is stored is only trusted after the repair functions read it.
const profileItem = storage.defineItem<unknown>("local:profile", { fallback: null });
/** Records that failed validation, kept so nothing the user saved is ever thrown away. */
const setAsideItem = storage.defineItem<SetAside[]>("local:savedSetAside", { fallback: [] });
const settingsItem = storage.defineItem<unknown>("local:settings", { fallback: null });
/** Reminder keys already shown, so a reminder is delivered once. */
const notifiedItem = storage.defineItem<string[]>("local:notified", { fallback: [] });

const local = (key: string): StorageItemKey => `local:${key}`;

export interface SavedState {
  listings: SavedListing[];
  /** Problems found on this read (records set aside now or earlier). */
  problems: string[];
}

export async function loadProfile(): Promise<{ profile: Profile | null; problems: string[] }> {
  const raw = await profileItem.getValue();
  if (raw === null || raw === undefined) return { profile: null, problems: [] };
  return readProfileLeniently(raw);
}

export async function saveProfile(profile: Profile): Promise<void> {
  await profileItem.setValue(profile);
}

async function apply(changes: StorageChanges): Promise<void> {
  if (changes.removeFirst.length > 0) await storage.removeItems(changes.removeFirst.map(local));
  const set = Object.entries(changes.set);
  if (set.length > 0) await storage.setItems(set.map(([key, value]) => ({ key: local(key), value })));
  if (changes.removeAfter.length > 0) await storage.removeItems(changes.removeAfter.map(local));
}

async function problemsOf(setAside: SetAside[]): Promise<string[]> {
  if (setAside.length === 0) return (await setAsideItem.getValue()).map((s) => s.problem);
  const before = await setAsideItem.getValue();
  // Two readers (popup and worker) may find the same bad record at once: keep it once.
  const known = new Set(before.map((s) => s.problem));
  const kept = [...before, ...setAside.filter((s) => !known.has(s.problem))].slice(-200);
  await setAsideItem.setValue(kept);
  return kept.map((s) => s.problem);
}

/**
 * Every saved listing in full, with storage repaired on the way (index, legacy value, bad
 * records set aside). `refreshBackup` (the worker's upkeep) also brings the backup up to date.
 */
export async function loadSaved(options: { refreshBackup?: boolean } = {}): Promise<SavedState> {
  const read = readSavedSnapshot(await storage.snapshot("local"), options);
  // Set aside before the repair removes anything: a bad record is kept, never lost.
  const problems = await problemsOf(read.setAside);
  if (hasChanges(read.repair)) await apply(read.repair);
  return { listings: read.listings, problems };
}

/** The heads of all saved listings from the index: what lists, filters and reminders need. */
export async function loadSavedHeads(): Promise<{ heads: SavedHead[]; problems: string[] }> {
  const [index, setAside, legacy] = await storage.getItems([local(INDEX_KEY), setAsideItem, local(LEGACY_KEY)]);
  const heads = readSavedIndex(index?.value);
  if (heads === null || (legacy?.value !== null && legacy?.value !== undefined)) {
    // No index yet (first run), a damaged one, or a one-value (v2) layout still there (an
    // update, or an older version run again): the full read moves and rebuilds.
    const { listings, problems } = await loadSaved();
    return { heads: listings.map(headOf), problems };
  }
  return { heads, problems: ((setAside?.value ?? []) as SetAside[]).map((s) => s.problem) };
}

async function readRecords(ids: readonly string[], listed: boolean): Promise<Map<string, SavedListing>> {
  const found = new Map<string, SavedListing>();
  if (ids.length === 0) return found;
  const values = await storage.getItems(ids.map((id) => local(recordKey(id))));
  let damaged = false;
  values.forEach(({ value }, i) => {
    const id = ids[i]!;
    if (value === null || value === undefined) {
      damaged ||= listed;
      return;
    }
    const read = readRecord(id, value);
    if ("record" in read) found.set(id, read.record);
    else damaged = true;
  });
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

/** Read, change, write: the way many saved listings change at once (import, replace). */
export async function updateSaved(change: (listings: SavedListing[]) => SavedListing[]): Promise<SavedListing[]> {
  const { listings } = await loadSaved();
  const next = change(listings);
  await apply(planSavedWrite(listings, next));
  return next;
}

/**
 * One saved listing changed (`change` returns the new record) or removed (it returns null),
 * writing that record and the index only. Returns the record as it was and as it is now.
 */
export async function updateSavedRecord(
  id: string,
  change: (current: SavedListing | null) => SavedListing | null,
): Promise<{ before: SavedListing | null; after: SavedListing | null }> {
  const [index, stored] = await storage.getItems([local(INDEX_KEY), local(recordKey(id))]);
  const heads = readSavedIndex(index?.value);
  const raw: unknown = stored?.value;
  const read = raw === null || raw === undefined ? null : readRecord(id, raw);
  if (heads === null || (read !== null && "problem" in read)) {
    // A damaged index or record: the full path sets the damage aside first.
    let before: SavedListing | null = null;
    let after: SavedListing | null = null;
    await updateSaved((all) => {
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
}

export async function replaceSaved(listings: SavedListing[]): Promise<void> {
  await updateSaved(() => listings);
}

/** The records set aside so far, each as it was stored, with its problem. */
export async function loadSetAside(): Promise<SetAside[]> {
  return setAsideItem.getValue();
}

/** Discards the set-aside records: only on the user's word, after they could download them. */
export async function dismissSetAside(): Promise<void> {
  await setAsideItem.setValue([]);
}

export async function loadSettings(): Promise<{ settings: Settings; problems: string[] }> {
  return readSettings(await settingsItem.getValue());
}

export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(settings);
}

export async function loadNotified(): Promise<string[]> {
  return notifiedItem.getValue();
}

export async function saveNotified(keys: string[]): Promise<void> {
  await notifiedItem.setValue(keys.slice(-2000));
}

/** Calls back whenever saved listings, settings or the profile change (from any page). */
export function watchState(callback: () => void): () => void {
  const watched = (key: string) =>
    isSavedKey(key) || key === "settings" || key === "profile" || key === "savedSetAside";
  const listener = (changes: Record<string, unknown>) => {
    if (Object.keys(changes).some(watched)) callback();
  };
  browser.storage.local.onChanged.addListener(listener);
  return () => browser.storage.local.onChanged.removeListener(listener);
}

/** Everything the user has, as one backup exports it (saved listings in the order they were saved). */
export async function loadAppState(): Promise<AppState> {
  const [{ profile }, { listings }, { settings }] = await Promise.all([loadProfile(), loadSaved(), loadSettings()]);
  const inOrder = [...listings].sort((a, b) => a.savedAt.localeCompare(b.savedAt));
  return { profile, saved: Object.fromEntries(inOrder.map((s) => [s.id, s])), settings };
}
