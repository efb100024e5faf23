import { browser } from "wxt/browser";
import { loadSavedRecord } from "../../lib/browser/items";
import type { Lang } from "../../lib/i18n/t";
import { reminderNotification } from "../../lib/schedule/notification-text";
import type { Reminder } from "../../lib/schedule/reminders";

/** Notification ids carry the listing id, so a click can open the listing. */
const PREFIX = "reminder:";

export async function notifyReminder(reminder: Reminder, now: Date, lang: Lang): Promise<void> {
  const { title, message } = reminderNotification(reminder, now, lang);
  await browser.notifications.create(`${PREFIX}${reminder.listingId}|${reminder.key}`, {
    type: "basic",
    iconUrl: browser.runtime.getURL("/icon/128.png"),
    title,
    message,
    priority: 2,
  });
}

export async function openNotifiedListing(notificationId: string): Promise<void> {
  if (!notificationId.startsWith(PREFIX)) return;
  const listingId = notificationId.slice(PREFIX.length).split("|")[0];
  const saved = listingId ? await loadSavedRecord(listingId) : null;
  if (saved) await browser.tabs.create({ url: saved.listing.canonicalUrl ?? saved.listing.url });
  await browser.notifications.clear(notificationId);
}
