// The worker's part of "Altijd op deze site" (issue 17): the popup's request to add a site
// (checked whole and against its sender), permissions the browser grants or takes back, and the
// registrations brought back on start-up and update.
import { browser } from "wxt/browser";
import { addUserSite, ensureUserSiteScripts, loadUserSites } from "../../lib/browser/user-sites";
import type { MessageSenderLike } from "../../lib/protocol-schema";
import { checkPopupSender, parsePopupMessage, type SiteReply } from "../../lib/protocol-sites";
import { addableOrigin, hasUserSite } from "../../lib/user-sites";

/** The popup's "add-site": refused (throws) unless it is whole and from this extension's popup. */
export async function handlePopupMessage(raw: unknown, sender: MessageSenderLike): Promise<SiteReply> {
  checkPopupSender(sender, browser.runtime.id, browser.runtime.getURL("/popup.html"));
  const message = parsePopupMessage(raw);
  if (addableOrigin(message.origin) !== message.origin) return { ok: false, reason: "failed" };
  try {
    await addUserSite(message.origin);
    return { ok: true };
  } catch (error) {
    console.warn("[opdrachtradar] add site", error);
    const { sites } = await loadUserSites();
    return { ok: false, reason: hasUserSite(sites, message.origin) ? "failed" : "no-permission" };
  }
}

/**
 * A site permission granted through the popup's request: Firefox closes the popup when its prompt
 * shows, so the popup may never send "add-site"; the grant itself adds the site. Only exact
 * origins ("https://www.yacht.nl/*") count: a wildcard grant is no site the user chose.
 */
export async function onPermissionsAdded(permissions: { origins?: string[] }): Promise<void> {
  for (const pattern of permissions.origins ?? []) {
    const match = /^(https?:\/\/[a-z0-9.-]+)\/\*$/.exec(pattern);
    const origin = match ? addableOrigin(match[1]) : null;
    if (origin) await addUserSite(origin).catch((error: unknown) => console.warn("[opdrachtradar]", error));
  }
}

/** A permission withdrawn in the browser's own settings: its registration goes too. */
export function onPermissionsRemoved(): Promise<void> {
  return ensureUserSiteScripts();
}

export function restoreUserSiteScripts(): Promise<void> {
  return ensureUserSiteScripts().catch((error: unknown) => console.warn("[opdrachtradar] user sites", error));
}
