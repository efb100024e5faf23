// The profile and the settings in storage.sync (issue 19), or only here when the user chose so
// ("keep local", a choice of this browser, in local storage). Local storage always holds a copy:
// it serves when sync is off, empty, still arriving or unreadable, so corrupt sync data never
// wipes anything here. The first start after an update moves today's local values into sync
// (`migrateToSync`); a value in sync wins over the local copy when reading (last write wins:
// every write goes to both).
//
// The functions that write do not take the lock themselves: their callers in ./items.ts do.
import { browser } from "wxt/browser";
import { z } from "zod";
import { planSyncedWrite, readSynced, touchesItem, type SyncHead } from "../storage/synced";
import { currentTime } from "./clock";
import { oneWriter } from "./one-writer";

export type SyncedKey = "profile" | "settings";
const SYNCED_KEYS: readonly SyncedKey[] = ["profile", "settings"];

const INSTANCE_KEY = "instanceId";
export const KEEP_LOCAL_KEY = "keepLocal";

/**
 * This browser's id, made once and kept in local storage, written beside every synced value.
 * A new one comes with what to store (`set`), for a caller that writes everything in one `set`.
 */
export async function instanceIdPlan(): Promise<{ id: string; set: Record<string, unknown> }> {
  const stored = (await browser.storage.local.get(INSTANCE_KEY))[INSTANCE_KEY];
  if (typeof stored === "string" && /^[0-9a-f-]{8,64}$/.test(stored)) return { id: stored, set: {} };
  const id = crypto.randomUUID();
  return { id, set: { [INSTANCE_KEY]: id } };
}

export async function instanceId(): Promise<string> {
  const { id, set } = await instanceIdPlan();
  if (Object.keys(set).length > 0) await browser.storage.local.set(set);
  return id;
}

/** The user's choice for this browser: profile and settings kept here only (true) or synced (false, the start). */
export async function loadKeepLocal(): Promise<boolean> {
  const parsed = z.boolean().safeParse((await browser.storage.local.get(KEEP_LOCAL_KEY))[KEEP_LOCAL_KEY]);
  return parsed.success ? parsed.data : false;
}

/**
 * The moment (`at` of the sync head) of the last value this browser wrote or sent, per item,
 * in local storage: when sync's head has that moment, the copy here is current (and a change
 * made here since, e.g. by a test or a tool writing local storage, counts); when it has another,
 * another browser wrote later and sync's value wins.
 */
const STAMPS_KEY = "syncedAt";
const stampsSchema = z.record(z.string(), z.string());

async function loadStamps(): Promise<Record<string, string>> {
  const parsed = stampsSchema.safeParse((await browser.storage.local.get(STAMPS_KEY))[STAMPS_KEY]);
  return parsed.success ? parsed.data : {};
}

/**
 * Where a value was read from: sync (another browser's later write, with its head) or this
 * browser's copy (`head`: sync's head when the copy is that same write); `problems` when sync
 * held something unreadable (the copy here served).
 */
export interface SyncedValue {
  raw: unknown;
  source: "sync" | "local";
  head: SyncHead | null;
  problems: string[];
}

export async function readSyncedValue(key: SyncedKey): Promise<SyncedValue> {
  const local: unknown = (await browser.storage.local.get(key))[key];
  if (await loadKeepLocal()) return { raw: local, source: "local", head: null, problems: [] };
  const read = readSynced(key, await browser.storage.sync.get(null).catch(() => ({})));
  if (read.kind === "value") {
    const current = (await loadStamps())[key] === read.head.at && local !== undefined && local !== null;
    return { raw: current ? local : read.value, source: current ? "local" : "sync", head: read.head, problems: [] };
  }
  const problems = read.kind === "corrupt" ? [`${read.problem}; the copy in this browser is used`] : [];
  return { raw: local, source: "local", head: null, problems };
}

type Values = Partial<Record<SyncedKey, unknown>>;

/**
 * A write of `values`: what to set in local storage (the values, this browser's id when new, the
 * moments), for a caller that writes everything in one `set`, and the sync write to run after it.
 * The caller holds the lock.
 */
export async function planSyncedLocked(
  values: Values,
): Promise<{ local: Record<string, unknown>; toSync(): Promise<void> }> {
  const [{ id, set }, now, keepLocal, stamps] = await Promise.all([
    instanceIdPlan(),
    currentTime(),
    loadKeepLocal(),
    loadStamps(),
  ]);
  const at = now.toISOString();
  const local: Record<string, unknown> = { ...set, ...values };
  if (keepLocal) return { local, toSync: () => Promise.resolve() };
  const written = Object.keys(values).filter((k) => values[k as SyncedKey] != null);
  local[STAMPS_KEY] = { ...stamps, ...Object.fromEntries(written.map((k) => [k, at])) };
  return { local, toSync: () => pushToSync(values, id, at) };
}

/** Writes `values` here and, unless kept local, to sync; the caller holds the lock. */
export async function writeSyncedLocked(values: Values): Promise<void> {
  const plan = await planSyncedLocked(values);
  await browser.storage.local.set(plan.local);
  await plan.toSync();
}

async function pushToSync(values: Values, by: string, at: string): Promise<void> {
  const existing = await browser.storage.sync.get(null).catch(() => ({}));
  const set: Record<string, unknown> = {};
  const remove: string[] = [];
  for (const key of SYNCED_KEYS) {
    if (!(key in values) || values[key] === null || values[key] === undefined) continue;
    const plan = planSyncedWrite(key, values[key], by, at, Object.keys(existing));
    Object.assign(set, plan.set);
    remove.push(...plan.remove);
  }
  if (Object.keys(set).length === 0) return;
  try {
    await browser.storage.sync.set(set);
    if (remove.length > 0) await browser.storage.sync.remove(remove);
  } catch (error) {
    // Sync full or unavailable: the value is kept here (written first), and sync's older one is
    // taken away so that it does not win over it when read.
    console.warn("[opdrachtradar] sync write failed; kept in this browser", error);
    await browser.storage.sync.remove(Object.keys(set)).catch(() => undefined);
  }
}

/**
 * Today's local profile and settings into sync, once: when sync holds none of them yet (a first
 * start after the update, or a first browser). A value sync already holds is left alone (it is
 * another browser's, or this one's: the read takes it).
 */
export function migrateToSync(): Promise<void> {
  return oneWriter(async () => {
    if (await loadKeepLocal()) return;
    const snapshot = await browser.storage.sync.get(null);
    const local = await browser.storage.local.get([...SYNCED_KEYS]);
    const missing: Values = {};
    for (const key of SYNCED_KEYS) {
      if (readSynced(key, snapshot).kind === "none" && local[key] !== undefined && local[key] !== null)
        missing[key] = local[key];
    }
    if (Object.keys(missing).length > 0) await writeSyncedLocked(missing);
  });
}

/**
 * The user's choice for this browser. Turning sync back on sends this browser's values to sync:
 * the choice is the latest write.
 */
export function setKeepLocal(keepLocal: boolean): Promise<void> {
  return oneWriter(async () => {
    await browser.storage.local.set({ [KEEP_LOCAL_KEY]: keepLocal });
    if (keepLocal) return;
    const local: Values = await browser.storage.local.get([...SYNCED_KEYS]);
    const present = Object.fromEntries(Object.entries(local).filter(([, v]) => v !== undefined && v !== null));
    if (Object.keys(present).length > 0) await writeSyncedLocked(present);
  });
}

/** Where the profile came from: another browser (its write's moment), this one, or only here. */
export async function profileOrigin(): Promise<{ fromOtherBrowser: boolean; at: string | null; keepLocal: boolean }> {
  const [read, me, keepLocal] = await Promise.all([readSyncedValue("profile"), instanceId(), loadKeepLocal()]);
  const other = read.source === "sync" && read.head !== null && read.head.by !== me;
  return { fromOtherBrowser: other, at: other ? read.head!.at : null, keepLocal };
}

/** Calls back when another browser's profile or settings arrive (or this one's are written). */
export function watchSynced(callback: () => void): () => void {
  const listener = (changes: Record<string, unknown>) => {
    const changed = Object.keys(changes);
    if (SYNCED_KEYS.some((key) => touchesItem(key, changed))) callback();
  };
  browser.storage.sync.onChanged.addListener(listener);
  return () => browser.storage.sync.onChanged.removeListener(listener);
}
