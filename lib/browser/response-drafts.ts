// The response drafts in storage (lib/storage/response-drafts.ts), one record per listing. Every
// read is checked with zod; a record that cannot be read is reported, and set aside (kept, as
// found, with the problem: lib/storage/set-aside.ts) by the next write, never dropped. Every
// write runs under the one writer (./one-writer.ts).
import { browser } from "wxt/browser";
import {
  draftsInSnapshot,
  readResponseDraft,
  responseDraftKey,
  responseDraftText,
  type ResponseDraft,
} from "../storage/response-drafts";
import { planSetAside } from "../storage/set-aside";
import { currentTime } from "./clock";
import { oneWriter } from "./one-writer";

export interface LoadedDraft {
  draft: ResponseDraft | null;
  /** The stored draft could not be read: what is wrong with it. */
  problem: string | null;
}

export async function loadResponseDraft(id: string): Promise<LoadedDraft> {
  const key = responseDraftKey(id);
  const read = readResponseDraft(id, (await browser.storage.local.get(key))[key]);
  return "problem" in read ? { draft: null, problem: read.problem } : { draft: read.draft, problem: null };
}

/**
 * One listing's draft changed by `change` (given the draft as stored, or null when there is none
 * or it cannot be read), under the lock. An unreadable one is set aside in the same write.
 */
export function updateResponseDraft(
  id: string,
  change: (current: ResponseDraft | null, now: Date) => ResponseDraft | null,
): Promise<ResponseDraft | null> {
  return oneWriter(async () => {
    const key = responseDraftKey(id);
    const raw: unknown = (await browser.storage.local.get(key))[key];
    const read = readResponseDraft(id, raw);
    const current = "problem" in read ? null : read.draft;
    const now = await currentTime();
    const next = change(current, now);
    if (next === current) return current;
    const set: Record<string, unknown> = {};
    if ("problem" in read) {
      const snapshot = await browser.storage.local.get(null);
      Object.assign(set, planSetAside(snapshot, [{ raw, problem: read.problem }], now).set);
    }
    if (next) set[key] = responseDraftText(next);
    await browser.storage.local.set(set);
    if (!next) await browser.storage.local.remove(key);
    return next;
  });
}

/** Every readable draft (the backup takes them), with the problems of those that are not. */
export async function loadResponseDrafts(): Promise<{ drafts: ResponseDraft[]; problems: string[] }> {
  return draftsInSnapshot(await browser.storage.local.get(null));
}

/** Calls back when this listing's draft changes (in this page, another tab, an import). */
export function watchResponseDraft(id: string, callback: () => void): () => void {
  const key = responseDraftKey(id);
  const listener = (changes: Record<string, unknown>) => {
    if (key in changes) callback();
  };
  browser.storage.local.onChanged.addListener(listener);
  return () => browser.storage.local.onChanged.removeListener(listener);
}
