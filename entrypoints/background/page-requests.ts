// Answers the content script: the page's listing against the profile and the saved state,
// and the panel's buttons as storage changes. Every message comes from a page's content script
// and the page is hostile (DESIGN.md practice 9): it is parsed whole (lib/protocol-schema.ts)
// and checked against its sender before anything is read or stored; a refusal throws, and
// nothing is stored.
import { browser } from "wxt/browser";
import { currentTime } from "../../lib/browser/clock";
import { loadProfile, loadSavedRecord, loadSettings, updateSavedRecord, updateSettings } from "../../lib/browser/items";
import type { Listing } from "../../lib/model/listing";
import { pageListingSchema } from "../../lib/model/page-listing";
import type { PageReading } from "../../lib/model/page-reading";
import { failed, interpretReading } from "../../lib/interpret/interpret";
import { checkedListing } from "../../lib/interpret/extract-listing";
import { bundledCatalogs } from "../../lib/i18n/bundled";
import { resolveLang, type Lang } from "../../lib/i18n/t";
import { matchListing } from "../../lib/match/matcher";
import type { BackgroundToContent, PageStateReply } from "../../lib/protocol";
import {
  listingFromPage,
  pageSender,
  parseContentMessage,
  withOwnCanonical,
  type MessageSenderLike,
  type PageSender,
} from "../../lib/protocol-schema";
import { listingKey } from "../../lib/model/listing-key";
import { openResponsePage } from "../../lib/browser/open-response";
import { overrideVerdict, toggleSaved as toggle } from "../../lib/saved/commands";
import type { VerdictOverride } from "../../lib/model/verdict";
import { panelPlaceOn, withPanelPlace, type Settings } from "../../lib/model/settings";
import { ruleMisses } from "../../lib/interpret/rule-draft";
import { saveSiteRule, siteRulesFor } from "./site-rule-requests";

/** The reader's bundle (entrypoints/listing-reader), as WXT names it. */
const READER_SCRIPT = "/listing-reader.js";

/**
 * The listing in a page's reading, interpreted here. The reading must be of the sender's page;
 * a canonical address it names off the page's own site is dropped, so the page cannot address
 * another site's saved record. The listing handed out passes the schema it must pass when the
 * page sends it back (toggle-saved, override).
 */
function pageListing(reading: PageReading, sender: PageSender, now: Date): Listing {
  if (!URL.canParse(reading.url) || new URL(reading.url).origin !== sender.page.origin) {
    throw new Error("refused a reading of another page than the sender's");
  }
  const listing = withOwnCanonical(checkedListing(interpretReading(reading, now)), sender.page);
  const parsed = pageListingSchema.safeParse(listing);
  if (parsed.success) return parsed.data;
  return failed(listing.url, `Ongeldige uitkomst: ${parsed.error.issues[0]?.message ?? "?"}`);
}

/**
 * The panel's language. A choice of nl or en is kept; "auto" follows the page when it says it is
 * Dutch or English (<html lang>, "nl-NL", "en"): a Dutch listing gets a Dutch panel on an
 * English browser. Any other page (no lang, "de") gets the browser's language.
 */
export function panelLang(choice: Settings["lang"], pageLang: string | null, uiLanguage: string | undefined): Lang {
  if (choice !== "auto") return choice;
  const page = pageLang?.toLowerCase().split(/[-_]/)[0];
  return page === "nl" || page === "en" ? page : resolveLang("auto", uiLanguage ?? undefined);
}

async function pageState(reading: PageReading, sender: PageSender): Promise<PageStateReply> {
  const now = await currentTime();
  const listing = pageListing(reading, sender, now);
  const [{ profile }, saved, { settings }] = await Promise.all([
    loadProfile(),
    loadSavedRecord(listingKey(listing)),
    loadSettings(),
  ]);
  const lang = panelLang(settings.lang, reading.lang, browser.i18n.getUILanguage());
  const place = panelPlaceOn(settings, sender.page.hostname);
  return {
    listing,
    now: now.toISOString(),
    match:
      profile && listing.isListing
        ? matchListing(listing, profile, { now, lang, overrides: saved?.overrides ?? {} })
        : null,
    saved: saved !== null,
    collapsed: !place.open,
    corner: place.corner,
    disabled: settings.disabledSites.includes(sender.page.hostname),
    lang,
    messages: bundledCatalogs[lang],
    ...(reading.rules?.length ? { ruleMisses: ruleMisses(reading, listing) } : {}),
  };
}

async function toggleSaved(listing: Listing): Promise<void> {
  const now = await currentTime();
  await updateSavedRecord(listingKey(listing), (current) => toggle(current, listing, now));
}

/** The user's own verdict. Overriding on a listing not saved yet saves it, so the verdict is kept. */
async function override(listing: Listing, requirementId: string, verdict: VerdictOverride): Promise<void> {
  if (!listing.requirements.some((r) => r.id === requirementId)) {
    throw new Error("refused a verdict on a requirement the listing does not have");
  }
  const now = await currentTime();
  await updateSavedRecord(listingKey(listing), (current) =>
    overrideVerdict(current, listing, requirementId, verdict, now),
  );
}

/** "Reactie voorbereiden" from the panel: only for a listing saved here, in a tab beside the sender's. */
async function openResponse(listing: Listing, sender: PageSender): Promise<void> {
  const key = listingKey(listing);
  if ((await loadSavedRecord(key)) === null) throw new Error("refused to prepare a response to a listing not saved");
  await openResponsePage(key, sender.tabId);
}

/** A listing the page sends back: one that is a listing, on the sender's page. */
function sentListing(listing: Listing, sender: PageSender): Listing {
  if (!listing.isListing) throw new Error("refused a page that is not a listing");
  return listingFromPage(listing, sender.page);
}

/** The content script's second stage, into the sender's frame (the same isolated world). */
async function loadReader(sender: PageSender): Promise<void> {
  await browser.scripting.executeScript({
    target: { tabId: sender.tabId, frameIds: [sender.frameId] },
    files: [READER_SCRIPT],
  });
}

/**
 * One handler per message. `raw` is parsed whole and `sender` (runtime.onMessage's) must be this
 * extension's content script in a tab: the page's address and host are the browser's word for
 * it, never the message's. Throws, storing nothing, on anything else.
 */
export async function handleContentMessage(raw: unknown, sender: MessageSenderLike): Promise<unknown> {
  const from = pageSender(sender, browser.runtime.id);
  const message = parseContentMessage(raw);
  switch (message.type) {
    case "open-options":
      return browser.runtime.openOptionsPage();
    case "load-reader":
      return loadReader(from);
    case "page-state":
      return pageState(message.reading, from);
    case "toggle-saved":
      return toggleSaved(sentListing(message.listing, from));
    case "override":
      return override(sentListing(message.listing, from), message.requirementId, message.verdict);
    case "open-response":
      return openResponse(sentListing(message.listing, from), from);
    case "set-collapsed":
      return updateSettings((s) => withPanelPlace(s, from.page.hostname, { open: !message.collapsed }));
    case "move-panel":
      return updateSettings((s) => withPanelPlace(s, from.page.hostname, { corner: message.corner }));
    case "disable-site": {
      const host = sendersHost(message.host, from);
      return updateSettings((s) => ({ ...s, disabledSites: [...new Set([...s.disabledSites, host])] }));
    }
    case "enable-site": {
      const host = sendersHost(message.host, from);
      return updateSettings((s) => ({ ...s, disabledSites: s.disabledSites.filter((h) => h !== host) }));
    }
    case "site-rules":
      return siteRulesFor(from);
    case "save-site-rule":
      return saveSiteRule(from, message);
  }
}

/** The sender's host, by the browser's word; a host the message names must be that one. */
function sendersHost(named: string | undefined, from: PageSender): string {
  const host = from.page.hostname;
  if (named !== undefined && named !== host) throw new Error("refused to switch a site other than the sender's");
  return host;
}

/** The keyboard commands of the manifest (wxt.config.ts `commands`) the worker passes on to a tab. */
const relayed: Record<string, BackgroundToContent> = { "focus-panel": { type: "focus-panel" } };

/**
 * A keyboard command (commands.onCommand): "focus-panel" goes to the content script of the tab
 * it was pressed in (the active tab when the browser names none), which opens its panel and
 * focuses it. A tab without a panel (not a listing, another site) has no one listening: nothing happens.
 */
export async function relayCommand(command: string, tab?: { id?: number }): Promise<void> {
  const message = Object.hasOwn(relayed, command) ? relayed[command] : undefined;
  if (!message) return;
  let tabId = tab?.id;
  if (typeof tabId !== "number") {
    const [active] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
    tabId = active?.id;
  }
  if (typeof tabId !== "number") return;
  await browser.tabs.sendMessage(tabId, message).catch(() => undefined);
}
