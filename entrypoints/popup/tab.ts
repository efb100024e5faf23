// The tab the popup is about, and what its content script says about it. Opened as a page
// (tests, the demo: popup.html?tab=<id>), the `tab` parameter names the tab to read.
import { browser } from "wxt/browser";
import type { Listing } from "../../lib/model/listing";
import type { ContentReply } from "../../lib/protocol";
import { contentReplySchema, listingFromPage } from "../../lib/protocol-schema";
import { FIRST_STAGE_KEY, type FirstStage } from "../listing/stages";
import { LISTING_SCRIPT_FILE } from "../../lib/browser/user-sites";

export interface TargetTab {
  id: number;
  /** Unknown on a tab the extension has no access to (no host permission, no activeTab). */
  url: string | undefined;
}

export type TabReading =
  | { kind: "listing"; listing: Listing }
  /** A content script answered: the page is not a listing. */
  | { kind: "not-listing"; url: string | undefined }
  /** No content script in the tab: a site we do not run on, or one still loading. */
  | { kind: "no-script"; url: string | undefined }
  /** No tab, or a page no extension may read (chrome://, the web store). */
  | { kind: "unreadable" };

export async function targetTab(): Promise<TargetTab | null> {
  const named = new URLSearchParams(location.search).get("tab");
  if (named !== null) {
    const id = Number(named);
    if (!Number.isInteger(id)) return null;
    const tab = await browser.tabs.get(id).catch(() => null);
    return tab ? { id, url: tab.url } : null;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
}

/** An address a content script may be injected into; an unknown address gets the benefit of the doubt. */
export function isInjectable(url: string | undefined): boolean {
  return url === undefined || /^https?:\/\//i.test(url);
}

/**
 * Runs in the tab, in the extension's own script world (scripting.executeScript), where the
 * content script's first stage keeps itself under FIRST_STAGE_KEY: its answer, or null when it
 * does not run there. Serialised into the tab, so it uses nothing from outside itself.
 */
function askFirstStage(key: string, analyse: boolean): Promise<ContentReply> | null {
  const stage = (globalThis as Record<symbol, FirstStage | undefined>)[Symbol.for(key)];
  return stage ? stage.listingFor(analyse) : null;
}

/** What the tab's first stage says; null when it does not run there (or the tab cannot be read). */
async function askTab(tab: TargetTab, analyse: boolean): Promise<unknown> {
  try {
    const [frame] = await browser.scripting.executeScript({
      target: { tabId: tab.id },
      func: askFirstStage,
      args: [FIRST_STAGE_KEY, analyse],
    });
    return frame?.result ?? null;
  } catch {
    // No access to the tab (a site we do not run on), or it is still loading.
    return null;
  }
}

/** What the first stage's answer (see askTab) says about the tab. */
function readingOf(reply: unknown, tab: TargetTab): TabReading {
  if (reply === null) return { kind: "no-script", url: tab.url };
  const listing = replyListing(reply, tab.url);
  return listing ? { kind: "listing", listing } : { kind: "not-listing", url: tab.url };
}

const askOnce = async (tab: TargetTab): Promise<TabReading> => readingOf(await askTab(tab, false), tab);

/**
 * The listing in a content script's reply, which the page may have shaped: the reply must
 * validate whole, and the listing be on the tab's own page (a canonical address off its site is
 * dropped, as the worker does), else the popup treats the page as no listing.
 */
export function replyListing(reply: unknown, tabUrl: string | undefined): Listing | null {
  const parsed = contentReplySchema.safeParse(reply);
  const listing = parsed.success ? parsed.data.listing : null;
  if (!listing?.isListing || !tabUrl || !URL.canParse(tabUrl)) return null;
  try {
    return listingFromPage(listing, new URL(tabUrl));
  } catch {
    return null;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Asks the tab's content script for its listing. A script that is still starting (the page
 * just loaded, or was just injected) does not listen yet: ask again a few times.
 */
export async function readTab(tab: TargetTab | null, patienceMs: number): Promise<TabReading> {
  if (!tab || !isInjectable(tab.url)) return { kind: "unreadable" };
  const until = Date.now() + patienceMs;
  let reading = await askOnce(tab);
  while (reading.kind === "no-script" && Date.now() < until) {
    await sleep(300);
    reading = await askOnce(tab);
  }
  return reading;
}

/**
 * "Analyseer deze pagina": injects the content script's first stage (activeTab grants it), which
 * then has the page read whatever its own check says, and asks it for the listing.
 */
export async function analyseTab(tab: TargetTab): Promise<TabReading> {
  await browser.scripting.executeScript({ target: { tabId: tab.id }, files: [`/${LISTING_SCRIPT_FILE}`] });
  return readingOf(await askTab(tab, true), tab);
}
