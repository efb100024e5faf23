// When to remind the user of a saved listing's deadline. All arithmetic is on instants; Dutch
// wall-clock times go through lib/model/dutch-time.ts (the EU summer-time rule, no Intl), so
// the result is the same whatever the machine's time zone.
//
// "before N days": N × 24 hours before the deadline instant. A date-only deadline ends at
// 23:59:59.999 Dutch time, but a reminder at midnight is useless: those fire at 09:00 Dutch
// time, N calendar days before the deadline day. "dayOf HH:MM": that Dutch time on the deadline day, skipped when it
// is not before the deadline (a 12:00 deadline has no 13:00 reminder).
import { addDutchDays, amsterdamInstant } from "../model/dutch-time";
import type { SavedHead } from "../storage/saved-head";
import { leadTimeId, type LeadTime, type Settings } from "../model/settings";
import { deadlineOf, isOpenForResponse } from "./open-for-response";

export type Reminder = {
  /** Stable: listing id + lead-time id; kept in `alreadyNotified` once shown. */
  key: string;
  listingId: string;
  fireAt: Date;
  leadTime: LeadTime;
  title: string | null;
  client: string | null;
  /** The listing's deadline as the page gives it ("YYYY-MM-DD" or "YYYY-MM-DDTHH:MM"). */
  deadline: string;
  /** The deadline as an instant. */
  deadlineAt: Date;
};

export type Schedule = {
  /** To show now: fired, deadline not passed, not shown before. At most one per listing. */
  due: Reminder[];
  /** Every key `due` stands for, including older lead times it supersedes: add all to alreadyNotified. */
  settle: string[];
  /** Still to fire, earliest first. */
  upcoming: Reminder[];
  /** When to wake up next (the first upcoming reminder), or null. */
  nextAlarmAt: Date | null;
};

const DAY_MS = 86_400_000;
/** When a "days before" reminder of a date-only deadline fires, Dutch time. */
const MORNING = "09:00";

function fireAt(lead: LeadTime, deadline: string, deadlineAt: Date): Date | null {
  if (lead.kind === "before") {
    if (deadline.length <= 10) return amsterdamInstant(addDutchDays(deadline, -lead.days), MORNING);
    return new Date(deadlineAt.getTime() - lead.days * DAY_MS);
  }
  const at = amsterdamInstant(deadline.slice(0, 10), lead.time);
  return at.getTime() < deadlineAt.getTime() ? at : null;
}

/** Every reminder of one listing, whether past or future. */
export function remindersFor(saved: SavedHead, leadTimes: readonly LeadTime[]): Reminder[] {
  const { deadline, title, client } = saved.listing;
  const deadlineAt = deadlineOf(saved);
  if (!deadline || !deadlineAt) return [];
  const out: Reminder[] = [];
  const seen = new Set<string>();
  for (const leadTime of leadTimes) {
    const at = fireAt(leadTime, deadline, deadlineAt);
    const key = `${saved.id}#${leadTimeId(leadTime)}`;
    if (!at || seen.has(key)) continue;
    seen.add(key);
    out.push({ key, listingId: saved.id, fireAt: at, leadTime, title, client, deadline, deadlineAt });
  }
  return out;
}

const byFireAt = (a: Reminder, b: Reminder) => a.fireAt.getTime() - b.fireAt.getTime();

/**
 * The reminders of listings still open for a response (see open-for-response.ts). A listing
 * whose several lead times all passed while the browser was closed gets one notification (the
 * latest), not three; the keys of the others come back in `settle` so they are never shown
 * later either.
 */
export function computeSchedule(
  saved: readonly SavedHead[],
  settings: Pick<Settings, "leadTimes" | "notifications">,
  now: Date,
  alreadyNotified: readonly string[] = [],
): Schedule {
  const notified = new Set(alreadyNotified);
  const latestDue = new Map<string, Reminder>();
  const settle: string[] = [];
  const upcoming: Reminder[] = [];
  for (const record of saved) {
    if (!isOpenForResponse(record, now)) continue;
    for (const reminder of remindersFor(record, settings.leadTimes)) {
      if (reminder.fireAt.getTime() > now.getTime()) upcoming.push(reminder);
      else if (!notified.has(reminder.key)) {
        settle.push(reminder.key);
        const current = latestDue.get(record.id);
        if (!current || current.fireAt < reminder.fireAt) latestDue.set(record.id, reminder);
      }
    }
  }
  upcoming.sort(byFireAt);
  // Notifications off: nothing to show or wake up for, but what fired meanwhile is settled so
  // that switching them back on does not bring up old reminders.
  if (!settings.notifications) return { due: [], settle, upcoming: [], nextAlarmAt: null };
  const due = [...latestDue.values()].sort(byFireAt);
  return { due, settle, upcoming, nextAlarmAt: upcoming[0]?.fireAt ?? null };
}

/** A listing's reminder keys are kept this long after its deadline (a page read again may move it back). */
const KEEP_AFTER_DEADLINE_MS = 30 * DAY_MS;

/** The listing a reminder key belongs to: the key is `<listing id>#<lead time id>`. */
export function reminderListingId(key: string): string {
  const at = key.lastIndexOf("#");
  return at < 0 ? key : key.slice(0, at);
}

/**
 * The reminder keys worth keeping: those of listings still saved whose deadline has not passed
 * long ago, each once. Pruned per listing, not first-in-first-out: with 700 listings due at
 * once, a cap of 2,000 keys dropped keys still needed, and their reminders came back (#13 finding 7).
 */
export function pruneNotified(keys: readonly string[], saved: readonly SavedHead[], now: Date): string[] {
  const live = new Set<string>();
  for (const record of saved) {
    const deadlineAt = deadlineOf(record);
    if (deadlineAt && now.getTime() - deadlineAt.getTime() <= KEEP_AFTER_DEADLINE_MS) live.add(record.id);
  }
  const out: string[] = [];
  const seen = new Set<string>();
  for (const key of keys) {
    if (seen.has(key) || !live.has(reminderListingId(key))) continue;
    seen.add(key);
    out.push(key);
  }
  return out;
}
