// Reminder notifications and what a click on one opens. Notification ids carry the listing id,
// encoded (#13: a "|" in a listing's address cut the id, so the click opened nothing).
import { browser } from "wxt/browser";
import { loadSavedRecord } from "../../lib/browser/items";
import type { Lang } from "../../lib/i18n/t";
import { reminderNotification, summaryNotification, SUMMARY_ABOVE } from "../../lib/schedule/notification-text";
import type { Reminder } from "../../lib/schedule/reminders";
import { isWebUrl } from "../../lib/storage/web-url";

const PREFIX = "reminder:";
/** The one notification for many reminders at once: a click opens the saved list. */
const SUMMARY = "reminders-summary";

/** `reminder:<listing id>|<reminder key>`, both parts URI-encoded (so neither holds a "|"). */
export function reminderNotificationId(reminder: Pick<Reminder, "listingId" | "key">): string {
  return `${PREFIX}${encodeURIComponent(reminder.listingId)}|${encodeURIComponent(reminder.key)}`;
}

/** The listing id in a reminder's notification id, or null for another id (or a malformed one). */
export function listingIdOf(notificationId: string): string | null {
  if (!notificationId.startsWith(PREFIX)) return null;
  const encoded = notificationId.slice(PREFIX.length).split("|")[0] ?? "";
  try {
    return decodeURIComponent(encoded) || null;
  } catch {
    return null;
  }
}

async function show(id: string, text: { title: string; message: string }): Promise<void> {
  await browser.notifications.create(id, {
    type: "basic",
    iconUrl: browser.runtime.getURL("/icon/128.png"),
    title: text.title,
    message: text.message,
    priority: 2,
  });
}

/**
 * The reminders due now: one notification each, or one summary when more than a few fall due
 * at once (#13 finding 7: 700 at once gave 700). Each is shown on its own: one refused by the
 * browser is logged and the others still come.
 */
export async function notifyReminders(due: readonly Reminder[], now: Date, lang: Lang): Promise<void> {
  if (due.length > SUMMARY_ABOVE) {
    await show(SUMMARY, summaryNotification(due.length, lang)).catch((error: unknown) =>
      console.warn("[opdrachtradar] summary notification failed", error),
    );
    return;
  }
  for (const reminder of due) {
    try {
      await show(reminderNotificationId(reminder), reminderNotification(reminder, now, lang));
    } catch (error) {
      console.warn("[opdrachtradar] notification failed", reminder.key, error);
    }
  }
}

export async function openNotifiedListing(notificationId: string): Promise<void> {
  if (notificationId === SUMMARY) {
    await browser.tabs.create({ url: browser.runtime.getURL("/popup.html") });
    await browser.notifications.clear(notificationId);
    return;
  }
  const listingId = listingIdOf(notificationId);
  if (listingId === null) return;
  const saved = await loadSavedRecord(listingId);
  const url = saved ? (saved.listing.canonicalUrl ?? saved.listing.url) : null;
  // Checked again here, whatever storage holds: only a web page is opened.
  if (url && isWebUrl(url)) await browser.tabs.create({ url });
  await browser.notifications.clear(notificationId);
}
