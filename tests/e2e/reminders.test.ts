// Deadline reminders in Chromium with the built extension: the badge counts a saved listing
// that closes soon, a reminder comes due when the clock moves on, and after a browser restart
// the badge is back and no reminder is shown twice.
import { afterAll, describe, expect, it } from "vitest";
import {
  clickInPanel,
  launchExtension,
  openPanel,
  panelCount,
  panelText,
  setClock,
  seedFixture,
  type ExtensionSession,
} from "./harness";

interface Api {
  action: { getBadgeText(d: object): Promise<string>; getTitle(d: object): Promise<string> };
  notifications: { getAll(): Promise<Record<string, boolean>> };
  storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } };
}
type Worker = ExtensionSession["worker"];

const badge = (w: Worker) =>
  w.evaluate(() => (globalThis as unknown as { chrome: Api }).chrome.action.getBadgeText({}));
const tooltip = (w: Worker) => w.evaluate(() => (globalThis as unknown as { chrome: Api }).chrome.action.getTitle({}));
const notificationIds = (w: Worker) =>
  w.evaluate(async () => Object.keys(await (globalThis as unknown as { chrome: Api }).chrome.notifications.getAll()));
const notifiedKeys = (w: Worker) =>
  w.evaluate(async () => {
    const stored = await (globalThis as unknown as { chrome: Api }).chrome.storage.local.get("notified");
    return (stored.notified as string[] | undefined) ?? [];
  });
/** The e2e build's test hook: one sync after the clock moved (an alarm firing does the same). */
const runSync = (w: Worker) =>
  w.evaluate(() => (globalThis as unknown as { opdrachtradarSync(): Promise<void> }).opdrachtradarSync());

describe("deadline reminders", () => {
  const kbenp = seedFixture("seed-kbenp-utrecht"); // deadline 2025-11-12, no time
  let session: ExtensionSession | null = null;
  afterAll(async () => {
    await session?.close();
  });

  it("counts a saved listing that closes soon, reminds when due, and survives a restart", async () => {
    session = await launchExtension({ pages: [kbenp] });
    await session.worker.evaluate(async () => {
      await (globalThis as unknown as { chrome: Api }).chrome.storage.local.set({ settings: { lang: "nl" } });
    });
    // The page is read on the day it was saved ("Sluit over 11 dagen": 12 November).
    await setClock(session, kbenp.now);
    const page = await session.context.newPage();
    await page.goto(kbenp.url);
    await expect.poll(() => panelCount(page), { timeout: 10000 }).toBe(1);
    await openPanel(page);
    await clickInPanel(page, "button", /^Bewaren$/);
    await expect.poll(() => panelText(page, "button.or-saved")).toMatch(/Bewaard/);
    expect(await badge(session.worker)).toBe("");

    // Monday 10 November 2025, 10:00: two days before the deadline, inside the 3-day window.
    await setClock(session, "2025-11-10T10:00:00+01:00");
    await runSync(session.worker);

    await page.waitForTimeout(2000);
    await expect.poll(() => badge(session!.worker), { timeout: 10000 }).toBe("1");
    expect(await tooltip(session.worker)).toContain("Procesbegeleider");
    // The 3-days-before reminder (9 Nov, 09:00) was already due when the listing was saved.
    await expect.poll(() => notifiedKeys(session!.worker)).toContainEqual(expect.stringContaining("#before-3d"));
    expect(await notificationIds(session.worker)).toHaveLength(1);

    // Tuesday 11 November, 09:30: the 1-day-before reminder (09:00) is due.
    await setClock(session, "2025-11-11T09:30:00+01:00");
    await runSync(session.worker);
    expect(await notifiedKeys(session.worker)).toContainEqual(expect.stringContaining("#before-1d"));
    expect(await notificationIds(session.worker)).toHaveLength(2);

    // Restart the browser on the same profile: the badge is rebuilt from storage at start-up
    // and nothing already shown is shown again.
    const { userDataDir } = session;
    const keysBefore = await notifiedKeys(session.worker);
    await session.close({ keepProfile: true });
    session = await launchExtension({ pages: [kbenp], userDataDir });
    await expect.poll(() => badge(session!.worker), { timeout: 10000 }).toBe("1");
    await runSync(session.worker);
    expect(await notifiedKeys(session.worker)).toEqual(keysBefore);
    expect(await notificationIds(session.worker)).toHaveLength(0);
  });
});
