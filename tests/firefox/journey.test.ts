// The core journey in Firefox ESR with the built extension, as in Chromium: a listing served at
// its broker address shows the panel and its marks; it is saved from the panel; the popup lists
// it with its countdown; when the clock moves on the badge counts it and a reminder falls due.
// And the extension sends nothing anywhere on the way.
import { afterAll, describe, expect, it } from "vitest";
import { seedFixture } from "../e2e/harness";
import {
  badgeText,
  firefoxSkipReason,
  launchFirefox,
  openExtensionPage,
  readStorage,
  runSync,
  setClock,
  writeStorage,
  watchNotifications,
  type FirefoxSession,
} from "./harness";
import { clickInPanel, markLevels, openPanel, panelCount, panelText } from "./page-ui";
import type { Page } from "./puppeteer";

const skip = firefoxSkipReason();
const kbenp = seedFixture("seed-kbenp-utrecht"); // deadline 12 November 2025, read on 1 November

describe.skipIf(skip !== null)(`the core journey in Firefox ESR${skip ? ` (skipped: ${skip})` : ""}`, () => {
  let session: FirefoxSession | null = null;
  let listing: Page;
  afterAll(async () => {
    await session?.close();
  });

  it("shows the panel and the marks on a listing at its broker address", async () => {
    session = await launchFirefox({ pages: [kbenp] });
    await writeStorage(session, { settings: { lang: "nl" } });
    await setClock(session, kbenp.now);
    listing = await session.newPage();
    await listing.goto(kbenp.url);
    await expect.poll(() => panelCount(listing), { timeout: 15000 }).toBe(1);
    expect(await panelText(listing, ".or-countdown")).toMatch(/11 dagen/);
    const marks = await markLevels(listing);
    expect(marks.filter((m) => m.kind === "requirement").length).toBeGreaterThan(0);
  });

  it("saves the listing from the panel with a click", async () => {
    await openPanel(listing);
    await clickInPanel(listing, "button", /^Bewaren$/);
    await expect.poll(() => panelText(listing, "button.or-saved")).toMatch(/Bewaard/);
    const index = await readStorage(session!, "savedIndex");
    expect(JSON.stringify(index)).toContain("Procesbegeleider");
  });

  it("lists the saved listing in the popup with its countdown", async () => {
    const popup = await openExtensionPage(await session!.newPage(), session!.extensionUrl("popup.html"));
    const saved = () =>
      popup.evaluate(() =>
        Array.from(document.querySelectorAll("section[aria-labelledby=saved-heading] .saved-item")).map((item) => ({
          title: item.querySelector(".saved-title")?.textContent ?? "",
          countdown: item.querySelector(".or-countdown")?.textContent ?? "",
        })),
      );
    await expect.poll(saved, { timeout: 10000 }).toHaveLength(1);
    const [item] = await saved();
    expect(item!.title).toContain("Procesbegeleider");
    expect(item!.countdown).toMatch(/11 dagen/);
    await popup.close();
  });

  it("shows the tab's listing in the popup, asked of the page's first stage through scripting", async () => {
    const asker = await openExtensionPage(await session!.newPage(), session!.extensionUrl("popup.html"));
    const tabId = await asker.evaluate(async (url) => {
      const api = (
        globalThis as unknown as { browser: { tabs: { query(q: object): Promise<Array<{ id?: number }>> } } }
      ).browser;
      return (await api.tabs.query({ url }))[0]?.id ?? null;
    }, kbenp.url);
    expect(tabId).not.toBeNull();
    await asker.close();
    const popup = await openExtensionPage(await session!.newPage(), session!.extensionUrl(`popup.html?tab=${tabId}`));
    const currentTitle = () =>
      popup.evaluate(() => document.querySelector(".current-card .card-title")?.textContent ?? "");
    await expect.poll(currentTitle, { timeout: 10000 }).toContain("Procesbegeleider");
    await popup.close();
  });

  it("counts it on the badge and shows the reminder when the deadline comes near", async () => {
    expect(await badgeText(session!)).toBe("");
    // Monday 10 November 2025, 10:00: two days before the deadline, inside the 3-day window.
    const notifications = await watchNotifications(session!);
    await setClock(session!, "2025-11-10T10:00:00+01:00");
    await runSync(session!);
    await expect.poll(() => badgeText(session!), { timeout: 10000 }).toBe("1");
    const notified = async () => ((await readStorage(session!, "notified")) as string[] | undefined) ?? [];
    await expect.poll(notified).toContainEqual(expect.stringContaining("#before-3d"));
    await expect.poll(notifications).toEqual([expect.stringMatching(/^reminder:.*before-3d$/)]);
    // Tuesday 11 November, 09:30: the 1-day-before reminder (09:00) is due.
    await setClock(session!, "2025-11-11T09:30:00+01:00");
    await runSync(session!);
    expect(await notified()).toContainEqual(expect.stringContaining("#before-1d"));
    await expect.poll(notifications).toHaveLength(2);
    expect((await notifications())[1]).toMatch(/^reminder:.*before-1d$/);
  });

  it("makes no network request of its own", () => {
    expect(session!.unexpectedRequests).toEqual([]);
  });
});
