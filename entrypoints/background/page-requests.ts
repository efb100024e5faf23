// Answers the content script: the page's listing against the profile and the saved state,
// and the panel's buttons as storage changes. The listing comes from a page, so it is
// validated before anything is stored.
import { browser } from "wxt/browser";
import { currentTime } from "../../lib/browser/clock";
import { loadProfile, loadSavedRecord, loadSettings, saveSettings, updateSavedRecord } from "../../lib/browser/items";
import { listingSchema, type Listing } from "../../lib/model/listing";
import { bundledCatalogs } from "../../lib/i18n/bundled";
import { resolveLang } from "../../lib/i18n/t";
import { matchListing } from "../../lib/match/matcher";
import type { ContentToBackground, PageStateReply } from "../../lib/protocol";
import { newSavedListing } from "../../lib/model/saved";
import { listingKey } from "../../lib/model/listing-key";

async function pageState(listing: Listing, host: string): Promise<PageStateReply> {
  const now = await currentTime();
  const [{ profile }, saved, { settings }] = await Promise.all([
    loadProfile(),
    loadSavedRecord(listingKey(listing)),
    loadSettings(),
  ]);
  const lang = resolveLang(settings.lang, browser.i18n.getUILanguage());
  return {
    match: profile ? matchListing(listing, profile, { now, lang, overrides: saved?.overrides ?? {} }) : null,
    saved: saved !== null,
    collapsed: settings.panelCollapsed,
    disabled: settings.disabledSites.includes(host),
    lang,
    messages: bundledCatalogs[lang],
  };
}

async function toggleSaved(listing: Listing): Promise<void> {
  const now = await currentTime();
  await updateSavedRecord(listingKey(listing), (current) => (current ? null : newSavedListing(listing, now)));
}

/** The user's own verdict. Overriding on a listing not saved yet saves it, so the verdict is kept. */
async function override(listing: Listing, requirementId: string, verdict: "met" | "unmet" | null): Promise<void> {
  const now = await currentTime();
  await updateSavedRecord(listingKey(listing), (current) => {
    const existing = current ?? newSavedListing(listing, now);
    const overrides = { ...existing.overrides };
    if (verdict === null) delete overrides[requirementId];
    else overrides[requirementId] = verdict;
    return { ...existing, overrides };
  });
}

function validListing(raw: unknown): Listing {
  const parsed = listingSchema.safeParse(raw);
  if (!parsed.success) throw new Error("the page sent a listing that does not validate");
  return parsed.data;
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
      return pageState(validListing(message.listing), senderUrl ? new URL(senderUrl).hostname : "");
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
