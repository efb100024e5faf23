// The worker's sync (entrypoints/background/sync.ts) on WXT's fakeBrowser: badge, alarms and
// reminders from what storage holds and the system time (vi.setSystemTime; the worker's clock,
// lib/browser/clock.ts, is the plain Date outside the e2e build).
//
// Stubbed here because fakeBrowser does not implement it: browser.i18n.getUILanguage.
// fakeBrowser's own action (badge), alarms, notifications, runtime.getURL and storage are used as they are.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { loadNotified, replaceSaved, updateSavedRecord, updateSettings } from "../../lib/browser/items";
import { defaultSettings, type Settings } from "../../lib/model/settings";
import type { SavedListing } from "../../lib/model/saved";
import { makeSaved } from "../unit/storage/make-saved";
import { BADGE_ALARM, REMINDER_ALARM, sync } from "../../entrypoints/background/sync";
import { openNotifiedListing, reminderNotificationId } from "../../entrypoints/background/notifications";

const savedAt = new Date("2025-11-01T09:00:00Z");
const listing = (name: string, deadline: string, extra: Partial<SavedListing> = {}, page: "open" | "closed" = "open") =>
  makeSaved({ url: `https://www.striive.com/opdracht/${name}`, title: name, deadline, status: page }, extra, savedAt);

async function store(...records: SavedListing[]): Promise<void> {
  for (const record of records) await updateSavedRecord(record.id, () => record);
}

async function settings(change: Partial<Settings>): Promise<void> {
  await updateSettings(() => ({ ...defaultSettings(), ...change }));
}

const at = (iso: string) => vi.setSystemTime(new Date(iso));
const alarmAt = async (name: string) => (await fakeBrowser.alarms.get(name))?.scheduledTime ?? null;
const shown = () => fakeBrowser.notifications.getAllCreateOptions();

let warn: ReturnType<typeof vi.spyOn>;

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.spyOn(fakeBrowser.i18n, "getUILanguage").mockReturnValue("nl-NL");
  // sync() catches and logs what goes wrong: a failure must fail the test, not pass silently.
  warn = vi.spyOn(console, "warn");
});

afterEach(() => {
  expect(warn).not.toHaveBeenCalled();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("badge", () => {
  beforeEach(async () => {
    await store(
      listing("Alfa", "2025-11-12"),
      listing("Bravo", "2025-11-11", { status: "reageren" }),
      listing("Charlie", "2025-11-11", { status: "gereageerd" }), // applied already: not counted
      listing("Delta", "2025-11-30"), // outside the window
      listing("Echo", "2025-11-11", {}, "closed"), // the page says it is closed
    );
  });

  it("counts the listings still to respond to that close within the window, the first named", async () => {
    at("2025-11-10T12:00:00Z");
    await sync();
    expect(await fakeBrowser.action.getBadgeText({})).toBe("2");
    expect(await fakeBrowser.action.getTitle({})).toBe("“Bravo” sluit morgen (en nog 1)");
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual([0xb2, 0x6a, 0x00, 255]);
  });

  it("follows the window the user set", async () => {
    await settings({ badgeWindowDays: 1 });
    at("2025-11-10T12:00:00Z");
    await sync();
    expect(await fakeBrowser.action.getBadgeText({})).toBe("1");
  });

  it("sets its alarm for the next change, and turns urgent then", async () => {
    at("2025-11-10T12:00:00Z");
    await sync();
    // Bravo (date-only, ends 23:59:59.999 Dutch time on 11 Nov) is within 24 hours from here on.
    const next = "2025-11-10T22:59:59.999Z";
    expect(await alarmAt(BADGE_ALARM)).toBe(Date.parse(next));
    at(next);
    await sync();
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual([0xc5, 0x22, 0x1f, 255]);
  });

  it("is empty, with no alarm, when nothing is saved", async () => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.i18n, "getUILanguage").mockReturnValue("nl-NL");
    await fakeBrowser.action.setBadgeText({ text: "7" });
    at("2025-11-10T12:00:00Z");
    await sync();
    expect(await fakeBrowser.action.getBadgeText({})).toBe("");
    expect(await alarmAt(BADGE_ALARM)).toBeNull();
    expect(await alarmAt(REMINDER_ALARM)).toBeNull();
  });
});

describe("reminders", () => {
  // Default lead times: 3 days and 1 day before (09:00 Dutch time), and 09:00 on the day.
  const scrum = listing("Scrum master", "2025-11-14", {});
  const threeDays = "2025-11-11T08:00:00.000Z";
  const oneDay = "2025-11-13T08:00:00.000Z";

  beforeEach(async () => {
    await store(scrum);
  });

  it("sets the alarm for the next reminder and shows nothing before it", async () => {
    at("2025-11-10T12:00:00Z");
    await sync();
    expect(await alarmAt(REMINDER_ALARM)).toBe(Date.parse(threeDays));
    expect(shown()).toEqual({});
  });

  it("a reminder falling due is shown once, and the alarm moves to the next", async () => {
    const create = vi.spyOn(fakeBrowser.notifications, "create");
    at(threeDays);
    await sync();
    const ids = Object.keys(shown());
    expect(ids).toEqual([reminderNotificationId({ listingId: scrum.id, key: `${scrum.id}#before-3d` })]);
    expect(shown()[ids[0]!]).toMatchObject({ type: "basic", title: expect.any(String) });
    expect(shown()[ids[0]!]?.message).toContain("Scrum master");
    expect(await loadNotified()).toEqual([`${scrum.id}#before-3d`]);
    expect(await alarmAt(REMINDER_ALARM)).toBe(Date.parse(oneDay));

    at("2025-11-11T08:05:00Z"); // another wake-up (a storage change, the badge alarm)
    await sync();
    expect(create).toHaveBeenCalledTimes(1);
  });

  it("is not shown again after the worker (or browser) restarts", async () => {
    at(threeDays);
    await sync();
    expect(Object.keys(shown())).toHaveLength(1);
    // The user closes the notification; the worker stops, losing everything it held in memory.
    fakeBrowser.notifications.resetState();
    await fakeBrowser.alarms.clearAll();
    vi.resetModules();
    const restarted = await import("../../entrypoints/background/sync");
    expect(restarted.sync).not.toBe(sync);
    at("2025-11-11T10:00:00Z");
    await restarted.sync();
    expect(shown()).toEqual({});
    // The restarted worker did run against the same browser: it set the next alarm again.
    expect(await alarmAt(REMINDER_ALARM)).toBe(Date.parse(oneDay));
  });

  it("several lead times passed while the browser was closed: one notification, the latest", async () => {
    at("2025-11-13T10:00:00Z");
    await sync();
    expect(Object.keys(shown())).toEqual([
      reminderNotificationId({ listingId: scrum.id, key: `${scrum.id}#before-1d` }),
    ]);
    expect((await loadNotified()).sort()).toEqual([`${scrum.id}#before-1d`, `${scrum.id}#before-3d`]);
    expect(await alarmAt(REMINDER_ALARM)).toBe(Date.parse("2025-11-14T08:00:00.000Z"));
  });

  it("with notifications off: nothing shown, no reminder alarm, and what fell due is not shown later", async () => {
    await settings({ notifications: false });
    at(threeDays);
    await sync();
    expect(shown()).toEqual({});
    expect(await alarmAt(REMINDER_ALARM)).toBeNull();
    await settings({ notifications: true });
    await sync();
    expect(shown()).toEqual({});
    expect(await alarmAt(REMINDER_ALARM)).toBe(Date.parse(oneDay));
  });

  it("a listing the user has applied to is not reminded of", async () => {
    await updateSavedRecord(scrum.id, (s) => (s ? { ...s, status: "gereageerd" } : null));
    at(threeDays);
    await sync();
    expect(shown()).toEqual({});
    expect(await alarmAt(REMINDER_ALARM)).toBeNull();
  });
});

describe("the trust issue (#13)", () => {
  const scrum = listing("Scrum master", "2025-11-14");
  const threeDays = "2025-11-11T08:00:00.000Z";
  const oneDay = "2025-11-13T08:00:00.000Z";
  /** n listings closing on 14 November, all with the default lead times. */
  const many = (n: number) => Array.from({ length: n }, (_, i) => listing(`Opdracht ${i}`, "2025-11-14"));

  it("finding 6: notified = {} of the wrong shape stops neither badge, reminders nor alarms", async () => {
    await store(scrum);
    await fakeBrowser.storage.local.set({ notified: {} });
    at(threeDays);
    await sync();
    expect(await fakeBrowser.action.getBadgeText({})).toBe("1");
    expect(Object.keys(shown())).toHaveLength(1);
    expect(await alarmAt(REMINDER_ALARM)).toBe(Date.parse(oneDay));
    expect(await alarmAt(BADGE_ALARM)).not.toBeNull();
    expect(await loadNotified()).toEqual([`${scrum.id}#before-3d`]);
    // Reported, not passed over in silence.
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("repaired"), expect.stringContaining("notified"));
    warn.mockClear();
  });

  it("finding 7: 700 listings due at once give one summary notification, and none on the next syncs", async () => {
    await replaceSaved(many(700));
    const create = vi.spyOn(fakeBrowser.notifications, "create");
    // All three lead times have passed (the browser was closed): 2,100 keys to settle.
    at("2025-11-14T08:30:00Z");
    await sync();
    expect(create).toHaveBeenCalledTimes(1);
    expect(Object.values(shown())[0]?.message).toBe("700 opdrachten sluiten binnenkort");
    expect(await loadNotified()).toHaveLength(2100);
    at("2025-11-14T10:00:00Z");
    await sync();
    expect(create).toHaveBeenCalledTimes(1);
  });

  it("finding 7: notified is pruned per listing, the keys of a removed listing dropped", async () => {
    const other = listing("Ander", "2025-11-14");
    await store(scrum, other);
    at(threeDays);
    await sync();
    expect((await loadNotified()).sort()).toEqual([`${other.id}#before-3d`, `${scrum.id}#before-3d`].sort());
    await updateSavedRecord(other.id, () => null);
    await sync();
    expect(await loadNotified()).toEqual([`${scrum.id}#before-3d`]);
  });

  it("finding 7: a refused notification neither stops the others nor leaves the alarms unset", async () => {
    await store(scrum, listing("Ander", "2025-11-14"));
    vi.spyOn(fakeBrowser.notifications, "create").mockRejectedValueOnce(new Error("refused"));
    at(threeDays);
    await sync();
    expect(Object.keys(shown())).toHaveLength(1);
    expect(await alarmAt(REMINDER_ALARM)).toBe(Date.parse(oneDay));
    expect(await alarmAt(BADGE_ALARM)).not.toBeNull();
    expect(await fakeBrowser.action.getBadgeText({})).toBe("2");
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining("notification failed"),
      expect.anything(),
      expect.anything(),
    );
    warn.mockClear();
  });

  it("small: a | in a listing URL does not cut the notification id; the click opens the listing", async () => {
    const piped = makeSaved(
      { url: "https://www.striive.com/opdracht/zoek?rol=scrum|agile", title: "Pijp", deadline: "2025-11-14" },
      {},
      savedAt,
    );
    expect(piped.id).toContain("|");
    await store(piped);
    at(threeDays);
    await sync();
    const [id] = Object.keys(shown());
    const open = vi.spyOn(fakeBrowser.tabs, "create");
    await openNotifiedListing(id!);
    expect(open).toHaveBeenCalledWith({ url: piped.listing.url });
  });

  it("small: the click opens only http(s) addresses, whatever storage holds", async () => {
    const script = makeSaved({ url: "javascript:alert(document.cookie)", deadline: "2025-11-14" }, {}, savedAt);
    await store(script);
    const open = vi.spyOn(fakeBrowser.tabs, "create");
    await openNotifiedListing(reminderNotificationId({ listingId: script.id, key: `${script.id}#before-3d` }));
    await openNotifiedListing(`reminder:${script.id}|${script.id}#before-3d`);
    expect(open).not.toHaveBeenCalled();
  });

  it("more than three due at once: one summary, whose click opens the saved list", async () => {
    await replaceSaved(many(4));
    at(threeDays);
    await sync();
    const ids = Object.keys(shown());
    expect(ids).toHaveLength(1);
    const open = vi.spyOn(fakeBrowser.tabs, "create");
    await openNotifiedListing(ids[0]!);
    expect(open).toHaveBeenCalledWith({ url: expect.stringMatching(/popup\.html$/) });
  });
});
