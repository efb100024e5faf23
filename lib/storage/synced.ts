// The profile and the settings in storage.sync (issue 19): they follow the user to their other
// browsers; saved listings stay local (sync holds 100 KB). Pure: what to write and how to read a
// snapshot of the sync area; lib/browser/synced.ts does the reading and writing.
//
// Chrome takes at most 8 KB per sync item, and a profile or settings with many panel places can
// be larger: a value is kept as a head (`profile`: who wrote it, when, in how many parts) and its
// JSON text in parts (`profile#0`, `profile#1`, …), each part stamped with the head's moment. Sync
// carries items one by one, so another browser may see a new head before all its parts: parts of
// another moment mean "still arriving", and the local copy serves meanwhile. Last write wins per
// item: each write replaces the whole item, and sync keeps the last.
import { z } from "zod";

/** Characters per part: even escaped and of 4-byte characters, a part stays under 8,192 bytes. */
export const PART_CHARS = 1500;
/** More parts than this is no value of ours (sync's whole quota is 100 KB). */
const MAX_PARTS = 60;

export const syncHeadSchema = z
  .object({
    /** The browser instance that wrote it (an id kept in that browser's local storage). */
    by: z.string().min(1).max(64),
    at: z.iso.datetime({ offset: true }),
    parts: z.number().int().min(1).max(MAX_PARTS),
  })
  .strict();
export type SyncHead = z.infer<typeof syncHeadSchema>;

const partSchema = z.object({ at: z.string(), text: z.string().max(PART_CHARS) }).strict();

export const partKey = (key: string, i: number) => `${key}#${i}`;
const isPartOf = (key: string, stored: string) =>
  stored.startsWith(`${key}#`) && /^\d{1,3}$/.test(stored.slice(key.length + 1));

export type SyncedRead =
  | { kind: "none" }
  | { kind: "value"; value: unknown; head: SyncHead }
  /** A head whose parts have not all arrived yet (or were written by another moment). */
  | { kind: "arriving" }
  | { kind: "corrupt"; problem: string };

/** The item `key` in a snapshot of the sync area. Never throws. */
export function readSynced(key: string, snapshot: Record<string, unknown>): SyncedRead {
  const rawHead = snapshot[key];
  if (rawHead === undefined || rawHead === null) return { kind: "none" };
  const head = syncHeadSchema.safeParse(rawHead);
  if (!head.success) return { kind: "corrupt", problem: `sync ${key}: not a value this extension wrote` };
  let text = "";
  for (let i = 0; i < head.data.parts; i++) {
    const part = partSchema.safeParse(snapshot[partKey(key, i)]);
    if (!part.success) return snapshot[partKey(key, i)] === undefined ? { kind: "arriving" } : corrupt(key, i);
    if (part.data.at !== head.data.at) return { kind: "arriving" };
    text += part.data.text;
  }
  try {
    return { kind: "value", value: JSON.parse(text) as unknown, head: head.data };
  } catch {
    return { kind: "corrupt", problem: `sync ${key}: not valid JSON` };
  }
}

function corrupt(key: string, i: number): SyncedRead {
  return { kind: "corrupt", problem: `sync ${partKey(key, i)}: not a part this extension wrote` };
}

/**
 * What to write for `value` under `key` (one `set`), and the parts of an earlier, longer value
 * to remove after it (`existing`: the keys the sync area holds now).
 */
export function planSyncedWrite(
  key: string,
  value: unknown,
  by: string,
  at: string,
  existing: readonly string[],
): { set: Record<string, unknown>; remove: string[] } {
  const text = JSON.stringify(value);
  const parts = Math.max(1, Math.ceil(text.length / PART_CHARS));
  if (parts > MAX_PARTS) throw new Error(`${key} is too large to synchronise`);
  const set: Record<string, unknown> = { [key]: { by, at, parts } satisfies SyncHead };
  for (let i = 0; i < parts; i++) set[partKey(key, i)] = { at, text: text.slice(i * PART_CHARS, (i + 1) * PART_CHARS) };
  const remove = existing.filter((k) => isPartOf(key, k) && !(k in set));
  return { set, remove };
}

/** Whether a change of the sync area touches the item `key` (its head or a part). */
export function touchesItem(key: string, changed: readonly string[]): boolean {
  return changed.some((k) => k === key || isPartOf(key, k));
}
