// One step that brings badge, notifications and alarms in line with storage and the clock.
// MV3 workers stop at any time, so nothing is kept in memory: every wake-up recomputes all
// of it from storage (lib/schedule is pure and cheap).
import { browser } from "wxt/browser";
import { currentTime } from "../../lib/browser/clock";
import { loadSaved, loadSavedHeads, loadSettings, updateNotified } from "../../lib/browser/items";
import { computeBadge, nextBadgeChange } from "../../lib/schedule/badge";
import { resolveLang } from "../../lib/i18n/t";
import { computeSchedule, pruneNotified } from "../../lib/schedule/reminders";
import { showBadge } from "./badge";
import { notifyReminders } from "./notifications";

export const REMINDER_ALARM = "reminders";
export const BADGE_ALARM = "badge";
/** A minute after the saved listings last changed: the full read that repairs and backs up. */
export const UPKEEP_ALARM = "upkeep";

async function setAlarm(name: string, at: Date | null): Promise<void> {
  if (at) await browser.alarms.create(name, { when: at.getTime() });
  else await browser.alarms.clear(name);
}

async function syncOnce(): Promise<void> {
  const now = await currentTime();
  const [{ heads: listings }, { settings }] = await Promise.all([loadSavedHeads(), loadSettings()]);
  const uiLanguage = browser.i18n.getUILanguage();
  const lang = resolveLang(settings.lang, uiLanguage);

  // Reminder state is written by the one writer: what fell due is marked as shown before it is
  // shown (a worker stopped halfway must not repeat a reminder), and the keys of listings gone
  // or long closed are dropped.
  const { result: schedule, problems } = await updateNotified((notified) => {
    const computed = computeSchedule(listings, settings, now, notified);
    return { keys: pruneNotified([...notified, ...computed.settle], listings, now), result: computed };
  });
  if (problems.length > 0) console.warn("[opdrachtradar] reminder state repaired:", problems.join("; "));

  // The e2e build's clock may run ahead of the real one; alarms run on the real clock.
  const shift = now.getTime() - Date.now();
  const realTime = (at: Date | null) => (at ? new Date(at.getTime() - shift) : null);
  // Alarms and badge before the notifications: a refused notification cannot leave the worker asleep.
  await setAlarm(REMINDER_ALARM, realTime(schedule.nextAlarmAt));
  await setAlarm(BADGE_ALARM, realTime(nextBadgeChange(listings, settings, now)));
  await showBadge(computeBadge(listings, settings, now, uiLanguage));
  await notifyReminders(schedule.due, now, lang);
}

let running: Promise<void> = Promise.resolve();

function serially(task: () => Promise<unknown>, what: string): Promise<void> {
  const run = () => task().then(() => undefined);
  running = running.then(run, run).catch((error) => console.warn(`[opdrachtradar] ${what} failed`, error));
  return running;
}

/** Runs one sync after any that is under way, so two wake-ups never show a reminder twice. */
export function sync(): Promise<void> {
  return serially(syncOnce, "sync");
}

/**
 * The saved listings' upkeep: one full read, which moves a legacy value, rebuilds the index,
 * sets bad records aside and refreshes the backup. Queued with the syncs, so it never races one.
 */
export function upkeep(): Promise<void> {
  return serially(() => loadSaved({ refreshBackup: true }), "upkeep");
}

/** Upkeep once changes settle: each change moves the alarm a minute on. */
export function scheduleUpkeep(): void {
  void browser.alarms.create(UPKEEP_ALARM, { delayInMinutes: 1 });
}
