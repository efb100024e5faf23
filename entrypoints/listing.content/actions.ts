// What the panel's buttons do: each is one storage change; the page re-renders from the
// storage watcher, so the popup and other tabs stay in step.
import { browser } from "wxt/browser";
import { currentTime } from "../../lib/browser/clock";
import { saveSettings, updateSaved } from "../../lib/browser/items";
import type { Listing } from "../../lib/extract/schema";
import { listingKey, newSavedListing, type Settings } from "../../lib/storage/schemas";
import type { ContentToBackground } from "../../lib/protocol";

export async function toggleSaved(listing: Listing): Promise<void> {
  const now = await currentTime();
  const id = listingKey(listing);
  await updateSaved((all) =>
    all.some((s) => s.id === id) ? all.filter((s) => s.id !== id) : [...all, newSavedListing(listing, now)],
  );
}

/** The user's own verdict; overriding a listing that is not saved yet saves it, so the verdict is kept. */
export async function overrideVerdict(
  listing: Listing,
  requirementId: string,
  verdict: "met" | "unmet" | null,
): Promise<void> {
  const now = await currentTime();
  const id = listingKey(listing);
  await updateSaved((all) => {
    const existing = all.find((s) => s.id === id) ?? newSavedListing(listing, now);
    const overrides = { ...existing.overrides };
    if (verdict === null) delete overrides[requirementId];
    else overrides[requirementId] = verdict;
    const updated = { ...existing, overrides };
    return [...all.filter((s) => s.id !== id), updated];
  });
}

export async function setCollapsed(settings: Settings, collapsed: boolean): Promise<void> {
  await saveSettings({ ...settings, panelCollapsed: collapsed });
}

export async function disableSite(settings: Settings, host: string): Promise<void> {
  await saveSettings({ ...settings, disabledSites: [...new Set([...settings.disabledSites, host])] });
}

export async function openProfile(): Promise<void> {
  const message: ContentToBackground = { type: "open-options" };
  await browser.runtime.sendMessage(message);
}
