// Records that failed validation, kept so nothing the user saved is ever thrown away: one key
// per record (`setAside:<hash>`), so no cap is needed and no write of one drops another (#13
// finding 2: the single list of earlier versions kept the last 200 and lost the rest). The key
// is a hash of the problem and the value as stored, so the same bad record found twice is kept
// once. `setAsideList` caches the problems for the popup, which should not read every record
// to say "2 konden niet worden gelezen"; like the saved index it is rebuilt from the records.
// Earlier versions kept one list under `savedSetAside`; the full read moves it here.
import { isRecord } from "../model/is-record";
import type { SetAside } from "./repair";

export const SET_ASIDE_PREFIX = "setAside:";
export const SET_ASIDE_LIST_KEY = "setAsideList";
export const LEGACY_SET_ASIDE_KEY = "savedSetAside";

/** A set-aside record as stored: what was found, why, and when it was set aside. */
export type StoredSetAside = SetAside & { key: string; at: string };

export const isSetAsideKey = (key: string): boolean => key.startsWith(SET_ASIDE_PREFIX);

/** 32-bit FNV-1a, as 8 hex digits. */
function fnv1a(text: string, seed: number): string {
  let hash = seed;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

function stableText(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

export function setAsideKey(item: SetAside): string {
  const text = `${item.problem}\n${stableText(item.raw)}`;
  return `${SET_ASIDE_PREFIX}${fnv1a(text, 0x811c9dc5)}${fnv1a(text, 0x01234567)}`;
}

/** One stored set-aside value read; a value of another shape is itself kept, as found. */
export function readSetAsideValue(key: string, value: unknown): StoredSetAside {
  if (isRecord(value) && typeof value.problem === "string" && "raw" in value) {
    return { key, raw: value.raw, problem: value.problem, at: typeof value.at === "string" ? value.at : "" };
  }
  return { key, raw: value, problem: `${key}: not a set-aside record, kept as found`, at: "" };
}

const byTime = (a: StoredSetAside, b: StoredSetAside) =>
  a.at < b.at ? -1 : a.at > b.at ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0;

/** The set-aside records in a snapshot of the storage area, oldest first. */
export function setAsideInSnapshot(snapshot: Record<string, unknown>): StoredSetAside[] {
  const out: StoredSetAside[] = [];
  for (const [key, value] of Object.entries(snapshot)) if (isSetAsideKey(key)) out.push(readSetAsideValue(key, value));
  return out.sort(byTime);
}

/** The records of the one-list layout (`savedSetAside`), whatever shape it has: none is dropped. */
export function legacySetAside(raw: unknown): SetAside[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) return [{ raw, problem: `${LEGACY_SET_ASIDE_KEY}: not a list, kept as found` }];
  const out: SetAside[] = [];
  raw.forEach((item: unknown, i) => {
    if (isRecord(item) && typeof item.problem === "string" && "raw" in item) {
      out.push({ raw: item.raw, problem: item.problem });
    } else {
      out.push({ raw: item, problem: `${LEGACY_SET_ASIDE_KEY}[${i}]: not a set-aside record, kept as found` });
    }
  });
  return out;
}

/** The cached problems, or null when the cache is missing or unreadable (then the full read rebuilds it). */
export function readSetAsideList(raw: unknown): string[] | null {
  if (raw === undefined || raw === null) return null;
  let value: unknown = raw;
  if (typeof raw === "string") {
    try {
      value = JSON.parse(raw);
    } catch {
      return null;
    }
  }
  return Array.isArray(value) && value.every((p) => typeof p === "string") ? (value as string[]) : null;
}

export interface SetAsidePlan {
  /** Everything set aside, the new ones included, oldest first. */
  items: StoredSetAside[];
  /** Keys and values to set (new records, the cache); written together with the repair. */
  set: Record<string, unknown>;
  /** Keys to remove once the records are written (the one-list value). */
  removeAfter: string[];
}

/**
 * What to write so that the records set aside now, and those of the one-list layout, each
 * have their own key, and the cache lists them all.
 */
export function planSetAside(snapshot: Record<string, unknown>, found: readonly SetAside[], now: Date): SetAsidePlan {
  const items = setAsideInSnapshot(snapshot);
  const known = new Set(items.map((s) => s.key));
  const set: Record<string, unknown> = {};
  const at = now.toISOString();
  const removeAfter: string[] = [];
  const incoming = [...legacySetAside(snapshot[LEGACY_SET_ASIDE_KEY])];
  for (const item of found) incoming.push(item);
  if (LEGACY_SET_ASIDE_KEY in snapshot) removeAfter.push(LEGACY_SET_ASIDE_KEY);
  for (const item of incoming) {
    const key = setAsideKey(item);
    if (known.has(key)) continue;
    known.add(key);
    const stored: StoredSetAside = { key, raw: item.raw, problem: item.problem, at };
    items.push(stored);
    set[key] = { raw: item.raw, problem: item.problem, at };
  }
  items.sort(byTime);
  const list = JSON.stringify(items.map((s) => s.problem));
  if (list !== snapshot[SET_ASIDE_LIST_KEY]) set[SET_ASIDE_LIST_KEY] = list;
  return { items, set, removeAfter };
}
