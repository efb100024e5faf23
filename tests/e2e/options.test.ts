// The options page in the built extension: opened in a tab, a welcome on the first run, import
// a profile through the file input, save, reload, refuse an invalid form, survive a corrupt
// stored profile (its problems in the user's language), dark mode and axe-core's check.
// Screenshots go to test-results/screenshots/options-*.png for a person to look at.
import { mkdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { profilesDir } from "../shared-folder";
import { buildDirs, launchExtension, type ExtensionSession } from "./harness";
import { axeViolations, smallTargets } from "./popup-helpers";

const shots = "test-results/screenshots";
const exampleProfile = join(profilesDir, "senior-procesbegeleider.json");
const exampleTitles = ["procesbegeleider", "organisatieadviseur", "teamcoach"];

type StorageArea = { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> };
type ChromeGlobal = { chrome: { storage: { local: StorageArea } } };

describe("options page", () => {
  let session: ExtensionSession;
  let page: Page;

  const stored = (key: string) =>
    session.worker.evaluate(
      async (k) => (await (globalThis as unknown as ChromeGlobal).chrome.storage.local.get(k))[k] ?? null,
      key,
    );
  const store = (key: string, value: unknown) =>
    session.worker.evaluate(
      async ([k, v]) => (globalThis as unknown as ChromeGlobal).chrome.storage.local.set({ [k as string]: v }),
      [key, value] as const,
    );
  const roleTitles = () =>
    page
      .locator('input[id^="field-roles-"][id$="-title"]')
      .evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value));
  const open = async () => {
    await page.goto(`chrome-extension://${session.extensionId}/options.html`);
    await page.locator("#profile-heading").waitFor();
  };
  const saveProfileButton = () => page.locator('form[aria-labelledby="profile-heading"] button[type="submit"]');

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    session = await launchExtension({ build: "e2e" });
    page = await session.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
  });
  afterAll(async () => {
    await session?.close();
  });

  it("opens in a tab of its own, in Chrome and Firefox", () => {
    for (const dir of [buildDirs.production, buildDirs.e2e, resolve(".output/firefox-mv3")]) {
      const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as {
        options_ui?: { page: string; open_in_tab?: boolean };
      };
      expect(manifest.options_ui, dir).toEqual({ page: "options.html", open_in_tab: true });
    }
  });

  it("starts empty, in Dutch, with a welcome and nothing to export yet", async () => {
    await open();
    expect(await page.locator("h1").innerText()).toBe("Profiel en instellingen");
    expect(await roleTitles()).toEqual([]);
    expect(await page.locator("#welcome-heading").innerText()).toBe("Welkom bij Opdrachtradar");
    expect(await page.locator(".welcome-steps li").count()).toBe(3);
    expect(await page.getByRole("button", { name: "Profiel importeren (JSON)" }).count()).toBe(1);
    expect(await page.getByRole("button", { name: "Profiel exporteren (JSON)" }).count()).toBe(0);
    expect((await axeViolations(page)).filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
    await page.screenshot({ path: `${shots}/options-empty.png`, fullPage: true });
  });

  it("imports the example profile through the file input, saves it, and keeps it after a reload", async () => {
    await page.locator("#profile-import").setInputFiles(exampleProfile);
    await expect.poll(roleTitles).toEqual(exampleTitles);
    expect(await stored("profile")).toBeNull();
    await saveProfileButton().click();
    await expect
      .poll(() => page.locator('form[aria-labelledby="profile-heading"] [role="status"]').innerText())
      .toBe("Opgeslagen");
    const saved = (await stored("profile")) as { roles: Array<{ title: string }>; hoursPerWeek: unknown };
    expect(saved.roles.map((r) => r.title)).toEqual(exampleTitles);
    await page.reload();
    await page.locator("#profile-heading").waitFor();
    await expect.poll(roleTitles).toEqual(exampleTitles);
    expect(await page.locator("#field-availableFrom").inputValue()).toBe("15-11-2025");
    // With a profile: no welcome any more, and the profile can be exported.
    expect(await page.locator("#welcome-heading").count()).toBe(0);
    expect(await page.getByRole("button", { name: "Profiel exporteren (JSON)" }).count()).toBe(1);
    await page.screenshot({ path: `${shots}/options-profile.png`, fullPage: true });
  });

  it("refuses hours 40–10 with a message at the field and saves nothing", async () => {
    const before = await stored("profile");
    await page.locator("#field-hoursPerWeek-min").fill("40");
    await page.locator("#field-hoursPerWeek-max").fill("10");
    await page.locator("#field-roles-0-years").fill("veel");
    await saveProfileButton().click();
    const max = page.locator("#field-hoursPerWeek-max");
    await expect.poll(() => max.getAttribute("aria-invalid")).toBe("true");
    expect(await max.getAttribute("aria-describedby")).toContain("field-hoursPerWeek-max-error");
    expect(await page.locator("#field-hoursPerWeek-max-error").innerText()).toContain("lager dan het minimum (40)");
    expect(await page.locator("#field-roles-0-years-error").innerText()).toContain("getal");
    // The focus goes to the first field in trouble.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("field-roles-0-years");
    expect(await stored("profile")).toEqual(before);
    await page.screenshot({ path: `${shots}/options-invalid.png`, fullPage: true });
  });

  it("adds skills by comma and Enter, removes one by its × button, then saves once the form is valid", async () => {
    await page.locator("#field-hoursPerWeek-min").fill("10");
    await page.locator("#field-hoursPerWeek-max").fill("40");
    await page.locator("#field-roles-0-years").fill("17");
    const skills = page.locator("#field-skills");
    await skills.pressSequentially("Scrum, Agile");
    await skills.press("Enter");
    await page.getByRole("button", { name: "heisessies verwijderen" }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("field-skills");
    await saveProfileButton().click();
    await expect
      .poll(() => page.locator('form[aria-labelledby="profile-heading"] [role="status"]').innerText())
      .toBe("Opgeslagen");
    const saved = (await stored("profile")) as { skills: string[]; hoursPerWeek: unknown };
    expect(saved.skills).toEqual([
      "teamontwikkeling",
      "groepsdynamiek",
      "topdirectie",
      "Deep Democracy",
      "verandermanagement",
      "Scrum",
      "Agile",
    ]);
    expect(saved.hoursPerWeek).toEqual({ min: 10, max: 40 });
  });

  it("exports everything and reads the file back in, merging", async () => {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Alles exporteren (JSON)" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^opdrachtradar-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const file = resolve(session.userDataDir, "backup.json");
    await download.saveAs(file);
    await page.locator("#backup-import").setInputFiles(file);
    await page.getByRole("button", { name: "Samenvoegen" }).click();
    const status = page.locator('section[aria-labelledby="data-heading"] [role="status"]');
    await expect.poll(() => status.innerText()).toBe("Samengevoegd: 0 toegevoegd, 0 bijgewerkt, 0 ongewijzigd.");
    await page.getByRole("button", { name: "Sluitingsdata als agenda (ICS)" }).click();
    await expect.poll(() => status.innerText()).toBe("Geen open sluitingsdata om te exporteren.");
  });

  it("shows the page at 800 pixels wide and in English, and turns the panel back on for a site", async () => {
    await store("settings", { lang: "en", disabledSites: ["www.striive.com", "www.kbenp.nl"] });
    await page.setViewportSize({ width: 800, height: 900 });
    await open();
    await expect.poll(() => page.locator("h1").innerText()).toBe("Profile and settings");
    await page.screenshot({ path: `${shots}/options-800-en.png`, fullPage: true });
    await page.getByRole("button", { name: "Turn the panel back on for www.striive.com" }).click();
    await expect.poll(() => stored("settings")).toMatchObject({ lang: "en", disabledSites: ["www.kbenp.nl"] });
    await store("settings", { lang: "auto" });
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  for (const lang of ["nl", "en"] as const)
    for (const scheme of ["light", "dark"] as const)
      it(`passes axe-core and has 24-pixel targets, in ${lang} and ${scheme}`, async () => {
        await store("settings", { lang });
        const tab = await session.context.newPage();
        await tab.emulateMedia({ colorScheme: scheme });
        await tab.setViewportSize({ width: 1280, height: 900 });
        await tab.goto(`chrome-extension://${session.extensionId}/options.html`);
        await tab.locator("#profile-heading").waitFor();
        await expect.poll(() => tab.evaluate(() => document.documentElement.lang)).toBe(lang);
        const background = await tab.evaluate(() => getComputedStyle(document.body).backgroundColor);
        expect(background).toBe(scheme === "dark" ? "rgb(18, 22, 28)" : "rgb(244, 246, 249)");
        await tab.screenshot({ path: `${shots}/options-${lang}-${scheme}.png`, fullPage: true });
        const violations = await axeViolations(tab);
        expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
        expect(await smallTargets(tab)).toEqual([]);
        await tab.close();
        await store("settings", { lang: "auto" });
      });

  it("follows the browser's language on Automatisch", async () => {
    await store("settings", { lang: "auto" });
    await open();
    const [lang, ui] = await page.evaluate(() => [
      document.documentElement.lang,
      (globalThis as unknown as { chrome: { i18n: { getUILanguage(): string } } }).chrome.i18n.getUILanguage(),
    ]);
    expect(lang).toBe(ui.toLowerCase().startsWith("en") ? "en" : "nl");
    expect(await page.locator("#field-lang").inputValue()).toBe("auto");
  });

  it("reads what it can of a corrupt stored profile and says what it could not, in Dutch", async () => {
    await store("settings", { lang: "nl" });
    await store("profile", {
      roles: [
        { title: "teamcoach", years: "9", sectors: "gemeente" },
        { title: "", years: -1 },
      ],
      education: "hbo",
      skills: ["Scrum", 7],
      hoursPerWeek: { min: "veel" },
      minRate: { amount: 120, per: "uur" },
    });
    await open();
    const notice = page.locator('[role="alert"]');
    await notice.waitFor();
    const text = await notice.innerText();
    // The second role, named as the form names it, and why, in Dutch (zod's words too).
    expect(text).toMatch(/Rol 2: overgeslagen \(title: Te kort/);
    expect(text).toContain("Opleiding: geen lijst, genegeerd");
    expect(text).not.toMatch(/set aside|ignored|Invalid|Too small|expected/);
    expect(await roleTitles()).toEqual(["teamcoach"]);
    expect(await page.locator("#field-minRate-amount").inputValue()).toBe("120");
    await page.screenshot({ path: `${shots}/options-corrupt.png`, fullPage: true });

    // The same in English for an English reader.
    await store("settings", { lang: "en" });
    await open();
    await expect.poll(() => page.locator('[role="alert"]').innerText()).toMatch(/Role 2: set aside \(title: Too small/);

    await store("settings", { lang: "nl" });
    await store("profile", "%%% niet eens JSON");
    await open();
    expect(await page.locator('[role="alert"]').innerText()).toContain(
      "Het opgeslagen profiel was onleesbaar; het formulier begint leeg.",
    );
    expect(await roleTitles()).toEqual([]);
    await store("settings", { lang: "auto" });
  });

  it("makes no network request of its own", () => {
    expect(session.unexpectedRequests).toEqual([]);
  });
});
