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
