// What the reader knows about its page: its reading of the page (done here, in the page) and
// the worker's answer about it (the listing it reads there, match, saved, settings,
// texts).
import { browser } from "wxt/browser";
import type { PageReading } from "../../lib/model/page-reading";
import { registerCatalogs } from "../../lib/i18n/t";
import type { ContentToBackground, PageStateReply } from "../../lib/protocol";

export interface PageState extends Omit<PageStateReply, "now"> {
  reading: PageReading;
  /** The element behind each block of the reading, for the marks. */
  elements: Element[];
  now: Date;
}

/** What webextension-polyfill in the worker answers when its handler threw. */
interface WorkerRefusal {
  __mozWebExtensionPolyfillReject__: true;
  message: string;
}

/** The worker's view of a reading already made (first time, storage changed, clock ticked). */
export async function askWorker(reading: PageReading, elements: Element[]): Promise<PageState> {
  const message: ContentToBackground = { type: "page-state", reading };
  const reply = (await browser.runtime.sendMessage(message)) as PageStateReply | WorkerRefusal;
  // The worker's polyfill hands a refusal over as a resolved reply, not as a rejection.
  if ("__mozWebExtensionPolyfillReject__" in reply) throw new Error(`the worker refused: ${reply.message}`);
  registerCatalogs({ [reply.lang]: reply.messages });
  return { ...reply, reading, elements, now: new Date(reply.now) };
}
