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
import { resolveLang } from "../../lib/i18n/t";
import { matchListing } from "../../lib/match/matcher";
import type { PageStateReply } from "../../lib/protocol";
import {
  listingFromPage,
  pageSender,
  parseContentMessage,
  withOwnCanonical,
  type MessageSenderLike,
  type PageSender,
} from "../../lib/protocol-schema";
import { listingKey } from "../../lib/model/listing-key";
import { overrideVerdict, toggleSaved as toggle } from "../../lib/saved/commands";
import type { VerdictOverride } from "../../lib/model/verdict";

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

async function pageState(reading: PageReading, sender: PageSender): Promise<PageStateReply> {
  const now = await currentTime();
  const listing = pageListing(reading, sender, now);
  const [{ profile }, saved, { settings }] = await Promise.all([
    loadProfile(),
    loadSavedRecord(listingKey(listing)),
    loadSettings(),
  ]);
  const lang = resolveLang(settings.lang, browser.i18n.getUILanguage());
  return {
    listing,
    now: now.toISOString(),
    match:
      profile && listing.isListing
        ? matchListing(listing, profile, { now, lang, overrides: saved?.overrides ?? {} })
        : null,
    saved: saved !== null,
    collapsed: settings.panelCollapsed,
    disabled: settings.disabledSites.includes(sender.page.hostname),
    lang,
    messages: bundledCatalogs[lang],
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
    case "set-collapsed":
      return updateSettings((s) => ({ ...s, panelCollapsed: message.collapsed }));
    case "disable-site": {
      const host = from.page.hostname;
      if (message.host !== undefined && message.host !== host) {
        throw new Error("refused to switch off a site other than the sender's");
      }
      return updateSettings((s) => ({ ...s, disabledSites: [...new Set([...s.disabledSites, host])] }));
    }
  }
}
