import { mkdirSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchExtension, panelCount, seedFixture, type ExtensionSession } from "./harness";

const shots = "test-results/screenshots";

describe("the built extension in Chromium", () => {
  let session: ExtensionSession;
  const kbenp = seedFixture("seed-kbenp-utrecht");

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    session = await launchExtension({ pages: [kbenp], build: "production" });
  });
  afterAll(async () => {
    await session?.close();
  });

  it("loads with a service worker and an extension id", () => {
    expect(session.extensionId).toMatch(/^[a-p]{32}$/);
  });

  it("opens the popup and the options page", async () => {
    for (const name of ["popup", "options"]) {
      const page = await session.context.newPage();
      await page.goto(`chrome-extension://${session.extensionId}/${name}.html`);
      await expect.poll(() => page.locator("#app").innerText()).not.toBe("");
      await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
      await page.close();
    }
  });

  it("shows the panel on a listing and leaves nothing in the page's performance timeline", async () => {
    const page = await session.context.newPage();
    await page.goto(kbenp.url);
    await expect.poll(() => panelCount(page), { timeout: 15000 }).toBe(1);
    // A user-timing mark would tell the page the extension is there: only the e2e build sets them.
    const marks = await page.evaluate(() => performance.getEntries().map((e) => e.name));
    expect(marks.filter((name) => /opdrachtradar/i.test(name))).toEqual([]);
    await page.close();
  });

  it("makes no network request of its own", () => {
    expect(session.unexpectedRequests).toEqual([]);
  });
});
