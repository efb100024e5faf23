// The words of a reminder notification, for the background's browser.notifications call.
import { t, type Lang } from "../i18n/t";
import type { Reminder } from "./reminders";
import { whenText } from "./when";

export function reminderNotification(reminder: Reminder, now: Date, lang: Lang): { title: string; message: string } {
  const name = reminder.title ?? reminder.client ?? t(lang, "badge_untitled");
  const when = whenText(reminder.deadline, now, lang);
  const message = reminder.client
    ? t(lang, "notify_message_client", name, reminder.client, when)
    : t(lang, "notify_message", name, when);
  return { title: t(lang, "notify_title"), message };
}

/** More reminders than this due at once make one summary notification, not one each. */
export const SUMMARY_ABOVE = 3;

/** The one notification for many reminders due at once: "5 opdrachten sluiten binnenkort". */
export function summaryNotification(count: number, lang: Lang): { title: string; message: string } {
  return { title: t(lang, "notify_summary_title"), message: t(lang, "notify_summary_message", count) };
}
