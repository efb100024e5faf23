// "Reactie voorbereiden" in Chromium with the built extension (issue 18, part 2): the KB&P seed
// listing saved from its page with an example profile, the response page opened from the
// in-page panel and from the popup, two drafts edited, the browser restarted on the same
// profile, the edits still there; "Kopieer alles" puts the whole response on the clipboard.
// Screenshots (nl and en, light and dark, wide and narrow) go to test-results/screenshots/
// (and OPDRACHTRADAR_SHOTS, when set) for a person to look at.
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { profilesDir } from "../shared-folder";
import {
  clickInPanel,
  launchExtension,
  openPanel,
  panelCount,
  setClock,
  seedFixture,
  type ExtensionSession,
} from "./harness";
import { openPopup, seriousViolations, setLang, smallTargets, writeStorage } from "./popup-helpers";

const shotDirs = [
  "test-results/screenshots",
  ...(process.env.OPDRACHTRADAR_SHOTS ? [process.env.OPDRACHTRADAR_SHOTS] : []),
];
const kbenp = seedFixture("seed-kbenp-utrecht");
const profile = JSON.parse(readFileSync(join(profilesDir, "senior-procesbegeleider.json"), "utf8")) as unknown;

const FIRST_EDIT =
  "Ik heb 17 jaar ervaring als procesbegeleider van directieteams, onder meer bij de gemeente Utrecht.";
const SECOND_EDIT =
  "Gemeente Zwolle (2023): leiderschapstraject concerndirectie. Provincie Utrecht (2024): teamontwikkeling.";

async function shoot(page: Page, name: string): Promise<void> {
  for (const dir of shotDirs) {
    mkdirSync(dir, { recursive: true });
    await page.screenshot({ path: join(dir, `response-${name}.png`), fullPage: true });
  }
}

/** The response page's substantiation fields, in page order. */
const drafts = (page: Page) => page.locator("textarea.draft");

describe("Reactie voorbereiden", () => {
  let session: ExtensionSession | null = null;
  afterAll(async () => {
    await session?.close();
  });

  it("prepares the response for the KB&P listing, keeps two edits over a restart, and copies it all", async () => {
    session = await launchExtension({ pages: [kbenp] });
    await writeStorage(session, { profile, settings: { lang: "nl" } });
    await setClock(session, kbenp.now);

    // Saved from its page; the panel then offers "Reactie voorbereiden", which opens the page in a tab.
    const listingPage = await session.context.newPage();
    await listingPage.goto(kbenp.url);
    await expect.poll(() => panelCount(listingPage), { timeout: 10000 }).toBe(1);
    await openPanel(listingPage);
    expect(await panelCount(listingPage, "button.or-prepare")).toBe(0);
    await clickInPanel(listingPage, "button", /^Bewaren$/);
    await expect.poll(() => panelCount(listingPage, "button.or-prepare")).toBe(1);
    for (const dir of shotDirs) {
      mkdirSync(dir, { recursive: true });
      await listingPage.screenshot({ path: join(dir, "response-panel-button.png") });
    }
    const opened = session.context.waitForEvent("page");
    await clickInPanel(listingPage, "button.or-prepare");
    const page = await opened;
    await page.setViewportSize({ width: 1100, height: 900 });
    await page.waitForLoadState();
    const url = new URL(page.url());
    expect(url.pathname).toBe("/response.html");
    expect(url.searchParams.get("key")).toBe(kbenp.url.replace("://www.", "://").replace(/\/$/, ""));

    // Five eisen, each with its verdict in words, and drafts made from the profile.
    await expect.poll(() => drafts(page).count(), { timeout: 10000 }).toBe(5);
    await expect.poll(() => page.locator("h1").innerText()).toMatch(/^Procesbegeleider leiderschap/);
    const verdicts = await page.locator(".req .verdict").allInnerTexts();
    expect(verdicts).toHaveLength(5);
    for (const v of verdicts) expect(v).toMatch(/voldaan|onbekend/);
    expect(await drafts(page).nth(0).inputValue()).toContain(
      "Ik heb 17 jaar ervaring als procesbegeleider, laatst in 2025",
    );
    expect(await drafts(page).nth(2).inputValue()).toContain("…");
    expect(await page.locator(".rate").innerText()).toMatch(/140.*binnen het maximum van.*200/);
    const checklist = await page.locator(".checklist .check-name").allInnerTexts();
    expect(checklist).toContain("Plan van aanpak (max. 5 pagina's)");
    expect(checklist).toContain("Referenties (2 gevraagd)");
    expect(await seriousViolations(page)).toEqual([]);
    expect(await smallTargets(page)).toEqual([]);
    await shoot(page, "nl-light-wide");

    // Two drafts edited as the user types; the page says when all is saved. One checklist item ticked.
    await drafts(page).nth(0).fill(FIRST_EDIT);
    await drafts(page).nth(2).click();
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type(SECOND_EDIT);
    await page.getByLabel(/Plan van aanpak/).check();
    await expect.poll(() => page.locator(".save-state").innerText(), { timeout: 5000 }).toBe("Alles bewaard");
    expect(await page.locator(".req .chip-edited").count()).toBe(2);

    // A restart of the browser on the same profile: the edits and the tick are there.
    const { userDataDir } = session;
    await session.close({ keepProfile: true });
    session = await launchExtension({ pages: [kbenp], userDataDir });
    await setClock(session, kbenp.now);
    const again = await session.context.newPage();
    await again.setViewportSize({ width: 1100, height: 900 });
    await again.goto(`chrome-extension://${session.extensionId}${url.pathname}${url.search}`);
    await expect.poll(() => drafts(again).count(), { timeout: 10000 }).toBe(5);
    expect(await drafts(again).nth(0).inputValue()).toBe(FIRST_EDIT);
    expect(await drafts(again).nth(2).inputValue()).toBe(SECOND_EDIT);
    expect(await drafts(again).nth(1).inputValue()).toContain("jaar ervaring als procesbegeleider");
    expect(await again.getByLabel(/Plan van aanpak/).isChecked()).toBe(true);

    // "Kopieer alles": the whole response as plain text, per eis the requirement then its substantiation.
    // Granted for every origin: Chromium refuses to name an extension's origin here.
    await session.context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await again.getByRole("button", { name: "Kopieer alles" }).click();
    await expect.poll(() => again.locator(".notice-line").innerText()).toMatch(/Gekopieerd/);
    const copied = await again.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(`E1. Minimaal 15 jaar ervaring als procesbegeleider`);
    expect(copied).toContain(`Onderbouwing:\n${FIRST_EDIT}`);
    expect(copied).toContain(`Onderbouwing:\n${SECOND_EDIT}`);
    expect(copied).toContain("[x] Plan van aanpak (max. 5 pagina's)");
    expect(copied).not.toMatch(/[\u00a0\u202f]/);

    // The print view: no buttons, every text in full.
    await again.emulateMedia({ media: "print" });
    expect(await again.locator(".toolbar").isVisible()).toBe(false);
    expect(await again.locator(".draft-print").first().innerText()).toBe(FIRST_EDIT);
    await shoot(again, "nl-print");
    await again.emulateMedia({ media: "screen" });

    await again.emulateMedia({ colorScheme: "dark" });
    await shoot(again, "nl-dark-wide");
    expect(await seriousViolations(again)).toEqual([]);
    await again.setViewportSize({ width: 360, height: 800 });
    await shoot(again, "nl-dark-narrow");
    expect(await again.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    // English, from the settings: the page follows at once.
    await setLang(session, "en");
    await expect.poll(() => again.locator("h2").first().innerText()).toMatch(/^Must-haves/);
    expect(await drafts(again).nth(1).inputValue()).toContain("years of experience as procesbegeleider");
    await expect.poll(() => again.locator(".notice-line").innerText()).toMatch(/^Copied/);
    expect(await drafts(again).nth(0).inputValue()).toBe(FIRST_EDIT);
    await shoot(again, "en-dark-narrow");
    expect(await seriousViolations(again)).toEqual([]);
    await again.emulateMedia({ colorScheme: "light" });
    await again.setViewportSize({ width: 1100, height: 900 });
    await shoot(again, "en-light-wide");
    expect(await seriousViolations(again)).toEqual([]);
    await again.setViewportSize({ width: 360, height: 800 });
    await shoot(again, "en-light-narrow");
  });

  it("opens from the popup's saved listing, and refuses an address that names no saved listing", async () => {
    const s = session!;
    await setLang(s, "nl");
    const popup = await openPopup(s);
    const button = popup.getByRole("button", { name: /^Reactie voorbereiden: Procesbegeleider/ });
    await button.waitFor({ timeout: 10000 });
    const opened = s.context.waitForEvent("page");
    await button.click();
    const page = await opened;
    await page.waitForLoadState();
    expect(new URL(page.url()).pathname).toBe("/response.html");
    await expect.poll(() => drafts(page).count(), { timeout: 10000 }).toBe(5);

    const base = `chrome-extension://${s.extensionId}/response.html`;
    await page.goto(`${base}?key=${encodeURIComponent("javascript:alert(1)")}`);
    await expect.poll(() => page.locator("[role=alert]").innerText()).toMatch(/weet niet welke opdracht/);
    await page.goto(`${base}?key=${encodeURIComponent("https://kbenp.nl/opdrachten/niet-bewaard")}`);
    await expect.poll(() => page.locator("[role=alert]").innerText()).toMatch(/niet \(meer\) bij je bewaarde/);
    expect(s.unexpectedRequests).toEqual([]);
  });
});
