// Answers the content script: the page's listing against the profile and the saved state,
// and the panel's buttons as storage changes. The listing comes from a page, so it is
// validated before anything is stored.
import { browser } from "wxt/browser";
import { currentTime } from "../../lib/browser/clock";
import { loadProfile, loadSavedRecord, loadSettings, saveSettings, updateSavedRecord } from "../../lib/browser/items";
import type { Listing } from "../../lib/model/listing";
import { parsePageListing } from "../../lib/model/page-listing";
import { pageReadingSchema } from "../../lib/model/page-reading";
import { interpretReading } from "../../lib/extract/interpret";
import { checkedListing } from "../../lib/extract/listing";
import { bundledCatalogs } from "../../lib/i18n/bundled";
import { resolveLang } from "../../lib/i18n/t";
import { matchListing } from "../../lib/match/matcher";
import type { ContentToBackground, PageStateReply } from "../../lib/protocol";
import { listingKey } from "../../lib/model/listing-key";
import { overrideVerdict, toggleSaved as toggle } from "../../lib/saved/commands";
import type { VerdictOverride } from "../../lib/model/verdict";

/** The listing in a page's reading, interpreted here; a reading that does not validate is refused. */
async function pageState(raw: unknown, host: string): Promise<PageStateReply> {
  const parsed = pageReadingSchema.safeParse(raw);
  if (!parsed.success) throw new Error("the page sent a reading that does not validate");
  const now = await currentTime();
  const listing = checkedListing(interpretReading(parsed.data, now));
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
    disabled: settings.disabledSites.includes(host),
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
  const now = await currentTime();
  await updateSavedRecord(listingKey(listing), (current) =>
    overrideVerdict(current, listing, requirementId, verdict, now),
  );
}

function validListing(raw: unknown): Listing {
  const listing = parsePageListing(raw);
  if (!listing) throw new Error("the page sent a listing that does not validate, or is not one");
  return listing;
}

/** One handler per message; the sender's tab gives the host for page-state. */
export async function handleContentMessage(
  message: ContentToBackground,
  senderUrl: string | undefined,
): Promise<unknown> {
  switch (message.type) {
    case "open-options":
      return browser.runtime.openOptionsPage();
    case "page-state":
      return pageState(message.reading, senderUrl ? new URL(senderUrl).hostname : "");
    case "toggle-saved":
      return toggleSaved(validListing(message.listing));
    case "override":
      return override(validListing(message.listing), message.requirementId, message.verdict);
    case "set-collapsed": {
      const { settings } = await loadSettings();
      return saveSettings({ ...settings, panelCollapsed: message.collapsed });
    }
    case "disable-site": {
      const { settings } = await loadSettings();
      return saveSettings({ ...settings, disabledSites: [...new Set([...settings.disabledSites, message.host])] });
    }
  }
}
