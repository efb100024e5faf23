// Firefox leaves an MV3 add-on's host permissions to the user: granted at install, but they can be
// taken back. Without them no panel appears, and the options page says so with one button to give
// them again (entrypoints/options/SiteAccess.tsx).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { afterAll, describe, expect, it } from "vitest";
import { seedFixture } from "../e2e/harness";
import {
  firefoxSkipReason,
  launchFirefox,
  openExtensionPage,
  sleep,
  type Api,
  type FirefoxSession,
  writeStorage,
} from "./harness";
import { panelCount } from "./page-ui";
import type { Page } from "./puppeteer";

const skip = firefoxSkipReason();
const kbenp = seedFixture("seed-kbenp-utrecht");

/** The options page's site-access card: its heading, or null when it is not shown. */
const cardHeading = (options: Page) =>
  options.evaluate(() => document.querySelector(".card-site-access h2")?.textContent ?? null);
const hasBrokerSites = (session: FirefoxSession) =>
  session.extensionPage.evaluate(() =>
    (globalThis as unknown as { browser: Api }).browser.permissions.contains({ origins: ["https://*.kbenp.nl/*"] }),
  );

describe.skipIf(skip !== null)(`access to the broker sites in Firefox${skip ? ` (skipped: ${skip})` : ""}`, () => {
  let session: FirefoxSession | null = null;
  afterAll(async () => {
    await session?.close();
  });

  it("has the broker sites after install, and the options page asks nothing", async () => {
    session = await launchFirefox({ pages: [kbenp] });
    await writeStorage(session, { settings: { lang: "nl" } });
    expect(await hasBrokerSites(session)).toBe(true);
    await sleep(500); // the card checks the permission after the first paint
    expect(await cardHeading(session.extensionPage)).toBeNull();
  });

  it("shows no panel once the user takes the access back, and the options page says how to give it", async () => {
    const s = session!;
    await s.extensionPage.evaluate(async () => {
      const api = (globalThis as unknown as { browser: Api & { runtime: { getManifest(): object } } }).browser;
      const manifest = api.runtime.getManifest() as { host_permissions: string[] };
      await api.permissions.remove({ origins: manifest.host_permissions });
    });
    expect(await hasBrokerSites(s)).toBe(false);
    const listing = await s.newPage();
    await listing.goto(kbenp.url);
    await sleep(3000);
    expect(await panelCount(listing)).toBe(0);
    await listing.close();

    const options = await openExtensionPage(await s.newPage(), s.extensionUrl("options.html"));
    await expect.poll(() => cardHeading(options)).toBe("Geef Opdrachtradar toegang tot de brokersites");
    // The page open before the change heard of it too (permissions.onRemoved).
    await expect.poll(() => cardHeading(s.extensionPage)).not.toBeNull();
    // The card passes axe-core (WCAG 2.2 A and AA): nothing serious or critical on the page.
    const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
    await options.evaluate((source) => (0, eval)(source), axeSource);
    const serious = await options.evaluate(async () => {
      const axe = (globalThis as unknown as { axe: { run(c: unknown): Promise<{ violations: Violation[] }> } }).axe;
      type Violation = { id: string; impact: string | null; nodes: unknown[] };
      const { violations } = await axe.run(document);
      return violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id);
    });
    expect(serious).toEqual([]);
  });

  it("gives the access back with the card's button, and the panel returns", async () => {
    const s = session!;
    const options = await openExtensionPage(await s.newPage(), s.extensionUrl("options.html"));
    await expect.poll(() => cardHeading(options)).not.toBeNull();
    // A trusted click: Firefox asks for permissions only on a user's gesture. The test profile
    // answers the prompt itself (extensions.webextOptionalPermissionPrompts off).
    await options.click(".card-site-access button");
    await expect.poll(() => hasBrokerSites(s)).toBe(true);
    await expect.poll(() => cardHeading(options)).toBeNull();
    const listing = await s.newPage();
    await listing.goto(kbenp.url);
    await expect.poll(() => panelCount(listing), { timeout: 15000 }).toBe(1);
  });
});
