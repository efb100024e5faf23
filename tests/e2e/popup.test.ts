// The toolbar popup in the built extension: the listing in a tab, one-click save, the saved
// list surviving a browser restart and a corrupt record, its tabs, undo and layout with many
// saved listings, its words and numbers, dark mode, and axe-core's accessibility check.
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isPackedHead, packHead, unpackHead } from "../../lib/storage/saved-head";
import { newSavedListing } from "../../lib/model/saved";
import { profilesDir } from "../shared-folder";
import { launchExtension, panelCount, setClock, seedFixture, tabIdOf, type ExtensionSession } from "./harness";
import {
  activeTabId,
  axeViolations,
  clearSetAside,
  listingOf,
  manySaved,
  openPopup,
  popupLayout,
  readSetAside,
  readStorage,
  removeStorage,
  seedSaved,
  setLang,
  smallTargets,
  twelveSaved,
  writeStorage,
} from "./popup-helpers";

const shots = "test-results/screenshots";
const kbenp = seedFixture("seed-kbenp-utrecht");
const kbenpTitle = String(kbenp.expect.title);
const generic = seedFixture("seed-generic-zoetermeer");
// Closed, and no closing date on the page.
const closed = seedFixture("seed-youngcapital-zoetermeer");
const profile = () => JSON.parse(readFileSync(join(profilesDir, "senior-procesbegeleider.json"), "utf8")) as unknown;

const currentSection = (page: Page) => page.locator("section[aria-labelledby=current-heading]");
const savedSection = (page: Page) => page.locator("section[aria-labelledby=saved-heading]");

describe("the popup", () => {
  let session: ExtensionSession;
  let userDataDir: string;

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    session = await launchExtension({ pages: [kbenp, generic, closed] });
    await setClock(session, kbenp.now);
  });
  afterAll(async () => {
    await session?.close();
  });

  it("shows the listing in the tab with its countdown, and saves it with one click", async () => {
    const tab = await session.context.newPage();
    await tab.goto(kbenp.url);
    const popup = await openPopup(session, await tabIdOf(session, kbenp.url));
    const current = currentSection(popup);
    await expect.poll(() => current.innerText(), { timeout: 15000 }).toContain(kbenpTitle);
    expect(await current.innerText()).toContain("nog 11 dagen");

    await current.getByRole("button", { name: "Bewaren" }).click();
    await expect.poll(() => savedSection(popup).locator(".saved-title").allInnerTexts()).toEqual([kbenpTitle]);
    expect(await current.getByRole("button", { pressed: true }).count()).toBe(1);
    await popup.close();
    await tab.close();
  });

  it("still has the saved listing after the browser restarts", async () => {
    userDataDir = session.userDataDir;
    await session.close({ keepProfile: true });
    session = await launchExtension({ userDataDir, pages: [kbenp, generic, closed] });
    await setClock(session, kbenp.now);
    const popup = await openPopup(session);
    await expect
      .poll(() => savedSection(popup).locator(".saved-title").allInnerTexts(), { timeout: 15000 })
      .toEqual([kbenpTitle]);
    await popup.close();
  });

  it("keeps the good records and says so when one stored record is corrupt", async () => {
    // The extension stores its saved-listing values as JSON text (see lib/storage/saved-layout.ts).
    const index = JSON.parse((await readStorage(session, "savedIndex")) as string) as unknown[][];
    const broken = "https://kapot.example/1";
    const first = index[0];
    if (!isPackedHead(first)) throw new Error("the stored index has an unexpected shape");
    const brokenHead = packHead({ ...unpackHead(first), id: broken });
    // A record the index lists but that was half written: the head reads, the record does not.
    await writeStorage(session, {
      savedIndex: JSON.stringify([...index, brokenHead]),
      [`savedRecord:${broken}`]: '{"id":"https://kapot.example/1","listing":{"title":4',
    });
    const popup = await openPopup(session);
    const alert = popup.getByRole("alert");
    await expect
      .poll(() => alert.innerText(), { timeout: 15000 })
      .toContain("1 bewaarde opdracht(en) konden niet worden gelezen");
    await expect.poll(() => savedSection(popup).locator(".saved-title").allInnerTexts()).toEqual([kbenpTitle]);
    expect(await alert.getByRole("button", { name: "Bekijken" }).count()).toBe(1);
    await popup.screenshot({ path: `${shots}/popup-problems.png` });
    // Set aside, not thrown away: the damaged record is kept with its problem.
    const setAside = await readSetAside(session);
    expect(setAside.map((s) => s.raw)).toEqual(['{"id":"https://kapot.example/1","listing":{"title":4']);
    await popup.close();
  });

  it("lets the user download the set-aside record from the options page, and discard it only when sure", async () => {
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    const panel = options.locator("section[aria-labelledby=set-aside-heading]");
    await expect.poll(() => panel.locator("h2").innerText(), { timeout: 15000 }).toBe("Apart gezette opdrachten (1)");
    const [download] = await Promise.all([
      options.waitForEvent("download"),
      panel.getByRole("button", { name: "Download als bestand" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^opdrachtradar-apart-gezet-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(readFileSync(await download.path(), "utf8")) as { items: Array<{ raw: unknown }> };
    expect(file.items.map((item) => item.raw)).toEqual(['{"id":"https://kapot.example/1","listing":{"title":4']);
    await panel.screenshot({ path: `${shots}/options-set-aside.png` });

    await panel.getByRole("button", { name: "Weggooien" }).click();
    await panel.getByRole("button", { name: "Annuleren" }).click();
    expect(await readSetAside(session)).toHaveLength(1);
    await panel.getByRole("button", { name: "Weggooien" }).click();
    await panel.screenshot({ path: `${shots}/options-set-aside-confirm.png` });
    await panel.getByRole("button", { name: "Ja, weggooien" }).click();
    await expect.poll(() => readSetAside(session)).toEqual([]);
    await expect.poll(() => panel.count()).toBe(0);
    const popup = await openPopup(session);
    await expect.poll(() => savedSection(popup).locator(".saved-title").allInnerTexts()).toEqual([kbenpTitle]);
    expect(await popup.getByRole("alert").count()).toBe(0);
    await popup.close();
    await options.close();
  });

  it("moves the saved listings of an earlier version into the new layout, a damaged one set aside", async () => {
    const id = (JSON.parse((await readStorage(session, "savedIndex")) as string) as string[][])[0]![0]!;
    const record = JSON.parse((await readStorage(session, `savedRecord:${id}`)) as string) as object;
    // The new layout and the set-aside records gone first: the worker moves the old layout as
    // soon as it is written (it watches storage), and what it sets aside must stay for the popup.
    await removeStorage(session, ["savedIndex", `savedRecord:${id}`]);
    await clearSetAside(session);
    // Version 2 kept every record in one value under "saved" (objects), with WXT's version record.
    await writeStorage(session, { saved: { [id]: record, "https://kapot.example/2": { id: 7 } }, saved$: { v: 2 } });
    const popup = await openPopup(session);
    await expect
      .poll(() => savedSection(popup).locator(".saved-title").allInnerTexts(), { timeout: 15000 })
      .toEqual([kbenpTitle]);
    expect(await popup.getByRole("alert").innerText()).toContain("1 bewaarde opdracht(en) konden niet worden gelezen");
    await expect.poll(() => readStorage(session, "saved")).toBeUndefined();
    expect(JSON.parse((await readStorage(session, `savedRecord:${id}`)) as string)).toEqual(record);
    await popup.close();
  });

  it("drops an index entry whose record is gone (a removal cut off halfway) instead of showing it", async () => {
    const index = JSON.parse((await readStorage(session, "savedIndex")) as string) as unknown[][];
    const first = index[0];
    if (!isPackedHead(first)) throw new Error("the stored index has an unexpected shape");
    const gone = packHead({ ...unpackHead(first), id: "https://kapot.example/weg" });
    await writeStorage(session, { savedIndex: JSON.stringify([...index, gone]) });
    const popup = await openPopup(session);
    await expect
      .poll(() => savedSection(popup).locator(".saved-title").allInnerTexts(), { timeout: 15000 })
      .toEqual([kbenpTitle]);
    await expect
      .poll(async () => JSON.parse((await readStorage(session, "savedIndex")) as string) as unknown[][])
      .toHaveLength(1);
    await popup.close();
  });

  it("says when the panel is off on the tab's site, and turns it back on in one click", async () => {
    const tab = await session.context.newPage();
    await tab.goto(kbenp.url);
    await expect.poll(() => panelCount(tab), { timeout: 15000 }).toBe(1);
    const settings = ((await readStorage(session, "settings")) ?? {}) as Record<string, unknown>;
    await writeStorage(session, { settings: { ...settings, disabledSites: ["www.kbenp.nl"] } });
    await expect.poll(() => panelCount(tab), { timeout: 10000 }).toBe(0);

    const popup = await openPopup(session, await tabIdOf(session, kbenp.url));
    const notice = currentSection(popup).locator(".site-off");
    await expect.poll(() => notice.innerText(), { timeout: 15000 }).toContain("staan uit op www.kbenp.nl");
    await notice.getByRole("button", { name: "Paneel weer aanzetten op www.kbenp.nl" }).click();
    await expect.poll(() => notice.count()).toBe(0);
    expect(((await readStorage(session, "settings")) as { disabledSites: string[] }).disabledSites).toEqual([]);
    await expect.poll(() => panelCount(tab), { timeout: 10000 }).toBe(1);
    await popup.close();
    await tab.close();
  });

  it("offers to analyse a page on a site that is not a broker", async () => {
    const tab = await session.context.newPage();
    await tab.goto(generic.url);
    await tab.bringToFront();
    const popup = await openPopup(session, await activeTabId(session));
    const current = currentSection(popup);
    await expect.poll(() => current.innerText(), { timeout: 15000 }).toContain("geen bekende opdrachtensite");
    expect(await current.getByRole("button", { name: "Analyseer deze pagina" }).count()).toBe(1);
    await popup.screenshot({ path: `${shots}/popup-not-broker.png` });
    // The e2e build may read every https site (wxt.config.ts), so the reading succeeds here.
    await current.getByRole("button", { name: "Analyseer deze pagina" }).click();
    await expect.poll(() => current.innerText(), { timeout: 15000 }).toContain(String(generic.expect.title));
    await popup.close();
    await tab.close();
  });

  it("lists twelve saved listings in three tabs whose counts add up to the heading's (screenshots)", async () => {
    const saved = twelveSaved(new Date(kbenp.now));
    await seedSaved(session, saved);
    await clearSetAside(session);
    await writeStorage(session, { profile: profile() });
    const tab = await session.context.newPage();
    await tab.goto(kbenp.url);
    const popup = await openPopup(session, await tabIdOf(session, kbenp.url));
    await expect.poll(() => currentSection(popup).innerText(), { timeout: 15000 }).toContain(kbenpTitle);
    await expect.poll(() => popup.locator(".saved-item").count()).toBeGreaterThan(0);
    expect(await currentSection(popup).innerText()).toMatch(/ook bij Bij Oranje/);
    await popup.screenshot({ path: `${shots}/popup-current.png` });

    // "Bewaarde opdrachten (12)" over "Te doen (7)", "Gereageerd (2)", "Archief (3)": every listing once.
    expect(await headingCount(popup)).toBe(12);
    expect(await tabCounts(popup)).toEqual({ "Te doen": 7, Gereageerd: 2, Archief: 3 });
    // Te doen: the first closing date first, nothing closed among them, and how many close this week.
    const urgencies = await savedSection(popup)
      .locator(".saved-item .or-countdown")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-urgency")));
    expect(urgencies).toHaveLength(7);
    expect(urgencies).not.toContain("closed");
    expect(await popup.locator(".tab-about").innerText()).toBe(
      "Nog niet op gereageerd en nog niet gesloten. 3 hiervan sluiten binnen een week.",
    );
    await savedSection(popup).scrollIntoViewIfNeeded();
    await popup.screenshot({ path: `${shots}/popup-list.png` });

    await pickTab(popup, "Gereageerd");
    await expect.poll(() => savedSection(popup).locator(".saved-item").count()).toBe(2);
    await pickTab(popup, "Archief");
    await expect.poll(() => savedSection(popup).locator(".saved-item").count()).toBe(3);
    expect(await popup.locator(".tab-about").innerText()).toBe(
      "Afgewezen, gegund, of gesloten zonder dat je reageerde.",
    );
    await savedSection(popup).scrollIntoViewIfNeeded();
    await popup.screenshot({ path: `${shots}/popup-archive.png` });
    await popup.close();
    await tab.close();
  });

  it("keeps a listing whose status moves it to another tab in view, saying where it went", async () => {
    await seedSaved(session, twelveSaved(new Date(kbenp.now)));
    const popup = await openPopup(session);
    const items = savedSection(popup).locator(".saved-item");
    await expect.poll(() => items.count(), { timeout: 15000 }).toBe(7);
    const first = items.first();
    const title = await first.locator(".saved-title").innerText();
    await first.locator("select").selectOption("gereageerd");
    // Still there, in its place, with the news; the counts follow the change at once.
    await expect.poll(() => first.locator(".moved").innerText()).toContain("Verplaatst naar ‘Gereageerd’.");
    expect(await first.locator(".saved-title").innerText()).toBe(title);
    await expect.poll(() => tabCounts(popup)).toEqual({ "Te doen": 6, Gereageerd: 3, Archief: 3 });
    expect(await items.count()).toBe(7);
    await popup.screenshot({ path: `${shots}/popup-moved.png` });
    // Its button goes where it went; there it is an ordinary item.
    await first.getByRole("button", { name: "Bekijk daar" }).click();
    await expect.poll(() => items.count()).toBe(3);
    expect(await items.locator(".saved-title").allInnerTexts()).toContain(title);
    expect(await popup.locator(".moved:not(:empty)").count()).toBe(0);
    // Back on Te doen, the moved listing is gone from it.
    await pickTab(popup, "Te doen");
    await expect.poll(() => items.count()).toBe(6);
    await popup.close();
  });

  it("keeps the popup's document as tall as its content with sixty saved listings, and lists them ten at a time", async () => {
    await seedSaved(session, manySaved(60, new Date(kbenp.now)));
    const popup = await openPopup(session);
    const items = savedSection(popup).locator(".saved-list").first().locator(".saved-item");
    await expect.poll(() => items.count(), { timeout: 15000 }).toBe(10);
    // Every item on screen gets its match line once its record is read; none stays a placeholder.
    await expect.poll(() => items.locator(".match-line:not(.pending)").count()).toBe(10);
    await expectTightLayout(popup);

    const more = savedSection(popup).getByRole("button", { name: "Toon nog 40 (10 van 60 getoond)" });
    await more.click();
    await expect.poll(() => items.count()).toBe(50);
    await expect.poll(() => items.locator(".match-line:not(.pending)").count()).toBe(50);
    expect(await savedSection(popup).locator(".show-more").innerText()).toBe("Toon nog 10 (50 van 60 getoond)");
    await expectTightLayout(popup);
    // Scrolled to the end, the list is still there (the popup went blank here when the hidden
    // labels stretched the document to 2,500 px behind the 600 px window).
    await popup.locator(".popup-main").evaluate((main) => main.scrollTo(0, main.scrollHeight));
    expect(await popup.evaluate(() => [window.scrollY, document.scrollingElement!.scrollTop])).toEqual([0, 0]);
    await popup.screenshot({ path: `${shots}/popup-sixty-end.png` });
    await popup.close();
  });

  it("puts the undo of a removal in the removed listing's place, focused and reachable by Tab", async () => {
    await seedSaved(session, manySaved(60, new Date(kbenp.now)));
    const popup = await openPopup(session);
    const list = savedSection(popup).locator(".saved-list").first();
    await expect.poll(() => list.locator(".saved-item").count(), { timeout: 15000 }).toBe(10);
    const eighth = list.locator("li").nth(7);
    const title = await eighth.locator(".saved-title").innerText();
    await eighth.getByRole("button", { name: `“${title}” verwijderen uit bewaard` }).click();

    // In its place: the eighth entry of the list says what happened, and has the way back.
    const notice = list.locator("li").nth(7);
    await expect.poll(() => notice.getAttribute("class")).toBe("removed-item");
    expect(await notice.innerText()).toContain(`“${title}” verwijderd.`);
    await expect.poll(() => headingCount(popup)).toBe(59);
    await expect.poll(() => focused(popup)).toBe("button:Ongedaan maken");
    expect(await inView(popup, ".removed-item .undo-button")).toBe(true);
    // Reached by the keyboard from both sides.
    await popup.keyboard.press("Shift+Tab");
    expect(await focused(popup)).not.toBe("button:Ongedaan maken");
    await popup.keyboard.press("Tab");
    expect(await focused(popup)).toBe("button:Ongedaan maken");
    await popup.screenshot({ path: `${shots}/popup-undo.png` });

    await popup.keyboard.press("Enter");
    // Back in its place, with its note and status, and the focus on it.
    await expect.poll(() => list.locator("li").nth(7).locator(".saved-title").innerText()).toBe(title);
    await expect.poll(() => headingCount(popup)).toBe(60);
    await expect.poll(() => focused(popup)).toBe(`a:${title}`);
    expect(await popup.locator(".removed-item").count()).toBe(0);
    await popup.close();
  });

  it("says closed in the pill and the body of a closed listing, and saves with the panel's words", async () => {
    await seedSaved(session, []);
    const tab = await session.context.newPage();
    await tab.goto(closed.url);
    const popup = await openPopup(session, await tabIdOf(session, closed.url));
    const current = currentSection(popup);
    await expect.poll(() => current.innerText(), { timeout: 15000 }).toContain("Deze opdracht is gesloten.");
    expect(await current.locator(".or-countdown").innerText()).toBe("gesloten");
    expect(await current.innerText()).not.toContain("geen sluitingsdatum bekend");
    expect(await current.locator(".fact dt").first().innerText()).toBe("Sluitingsdatum");
    await popup.screenshot({ path: `${shots}/popup-closed.png` });

    await current.getByRole("button", { name: "Bewaren" }).click();
    const saveButton = current.locator(".save-button");
    await expect.poll(() => saveButton.innerText()).toBe("Bewaard ✓");
    // Unsaved from the card: the undo stands under the button that did it.
    await saveButton.click();
    await expect.poll(() => current.locator(".notice.undo").innerText()).toContain("verwijderd.");
    await current.locator(".notice.undo").getByRole("button", { name: "Ongedaan maken" }).click();
    await expect.poll(() => saveButton.getAttribute("aria-pressed")).toBe("true");
    expect(await current.locator(".notice.undo").count()).toBe(0);

    // In English the button says the panel's words too, on one line.
    await setLang(session, "en");
    await expect.poll(() => saveButton.innerText()).toBe("Saved ✓");
    expect(
      await saveButton.evaluate((b) => b.getBoundingClientRect().height < 40 && b.scrollWidth <= b.clientWidth),
    ).toBe(true);
    await setLang(session, "auto");
    await popup.close();
    await tab.close();
  });

  it("writes money with a decimal comma in Dutch and a point in English", async () => {
    const now = new Date(kbenp.now);
    const base = listingOf(kbenp, "KB&P", {});
    const rate = (max: number, per: "hour" | "month") => ({ min: null, max, currency: "EUR", per }) as const;
    await seedSaved(session, [
      newSavedListing({ ...base, title: "Uurtarief", url: `${kbenp.url}-a`, rate: rate(97.5, "hour") }, now),
      newSavedListing({ ...base, title: "Maandtarief", url: `${kbenp.url}-b`, rate: rate(9553, "month") }, now),
    ]);
    const popup = await openPopup(session);
    const subs = () => savedSection(popup).locator(".saved-meta .sub").allInnerTexts();
    await expect
      .poll(async () => (await subs()).join(" | ").replace(/\u00a0/g, " "), { timeout: 15000 })
      .toMatch(/max € 97,50 per uur.*max € 9\.553 per maand|max € 9\.553 per maand.*max € 97,50 per uur/);
    await setLang(session, "en");
    await expect.poll(async () => (await subs()).join(" | ")).toMatch(/max €97\.50 per hour/);
    expect((await subs()).join(" | ")).toMatch(/max €9,553 per month/);
    await setLang(session, "auto");
    await popup.close();
  });

  it("follows the browser's language on Automatisch", async () => {
    await setLang(session, "auto");
    const popup = await openPopup(session);
    await popup.locator("#saved-heading").waitFor();
    const [lang, ui] = await popup.evaluate(() => [
      document.documentElement.lang,
      (globalThis as unknown as { chrome: { i18n: { getUILanguage(): string } } }).chrome.i18n.getUILanguage(),
    ]);
    expect(lang).toBe(ui.toLowerCase().startsWith("en") ? "en" : "nl");
    await popup.close();
  });

  for (const lang of ["nl", "en"] as const)
    for (const scheme of ["light", "dark"] as const)
      it(`passes axe-core and has 24-pixel targets, in ${lang} and ${scheme}`, async () => {
        await seedSaved(session, twelveSaved(new Date(kbenp.now)));
        await writeStorage(session, { profile: profile() });
        await setLang(session, lang);
        const tab = await session.context.newPage();
        await tab.goto(kbenp.url);
        const popup = await session.context.newPage();
        await popup.emulateMedia({ colorScheme: scheme });
        await popup.setViewportSize({ width: 360, height: 600 });
        await popup.goto(
          `chrome-extension://${session.extensionId}/popup.html?tab=${await tabIdOf(session, kbenp.url)}`,
        );
        await expect
          .poll(() => popup.locator(".saved-item .match-line:not(.pending)").count(), { timeout: 15000 })
          .toBe(7);
        await expect.poll(() => currentSection(popup).locator(".save-button").count()).toBe(1);
        await popup.locator(".exports summary").click();
        // The theme is the system's: a dark page in dark mode, a light one in light.
        const background = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
        expect(background).toBe(scheme === "dark" ? "rgb(18, 22, 28)" : "rgb(244, 246, 249)");
        await popup.screenshot({ path: `${shots}/popup-${lang}-${scheme}.png` });

        const violations = await axeViolations(popup);
        expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
        expect(violations.map((v) => v.id)).not.toContain("page-has-heading-one");
        expect(await smallTargets(popup)).toEqual([]);
        // The archive tab too (the closed pills, other statuses).
        await pickTab(popup, lang === "nl" ? "Archief" : "Archive");
        await expect.poll(() => popup.locator(".saved-item").count()).toBe(3);
        expect((await axeViolations(popup)).filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual(
          [],
        );
        await popup.close();
        await tab.close();
        await setLang(session, "auto");
      });

  it("makes no network request of its own", () => {
    expect(session.unexpectedRequests).toEqual([]);
  });
});

/** The number in "Bewaarde opdrachten (12)". */
async function headingCount(page: Page): Promise<number> {
  const text = (await page.locator("#saved-heading").textContent()) ?? "";
  return Number(/\((\d+)\)/.exec(text)?.[1] ?? NaN);
}

/** The tabs over the saved list, by name, with the number each shows. */
async function tabCounts(page: Page): Promise<Record<string, number>> {
  const labels = await page.locator("label.filter").allTextContents();
  return Object.fromEntries(
    labels.map((label) => {
      const m = /^(.*?)\s*\((\d+)\)$/.exec(label.trim());
      return [m?.[1] ?? label, Number(m?.[2])];
    }),
  );
}

async function pickTab(page: Page, name: string): Promise<void> {
  await page.locator("label.filter", { hasText: name }).click();
}

/** The focused element as "tag:text". */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el ? `${el.tagName.toLowerCase()}:${el.innerText.trim()}` : "";
  });
}

/** Whether the element is inside the visible part of the popup's scrolling middle. */
function inView(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((s) => {
    const el = document.querySelector(s)!.getBoundingClientRect();
    const main = document.querySelector(".popup-main")!.getBoundingClientRect();
    return el.top >= main.top && el.bottom <= main.bottom;
  }, selector);
}

/**
 * The document is exactly as tall as the popup (at most 600 px, the toolbar popup's height),
 * and the scrolling middle is as tall as its content: no empty space after the list.
 */
async function expectTightLayout(page: Page): Promise<void> {
  const layout = await popupLayout(page);
  expect(layout.popupHeight).toBeLessThanOrEqual(600);
  expect(Math.abs(layout.documentScrollHeight - layout.popupHeight)).toBeLessThanOrEqual(1);
  expect(Math.abs(layout.bodyScrollHeight - layout.popupHeight)).toBeLessThanOrEqual(1);
  // The middle's bottom padding (12 px) and a margin at most.
  expect(layout.mainScrollHeight - layout.contentBottom).toBeGreaterThanOrEqual(0);
  expect(layout.mainScrollHeight - layout.contentBottom).toBeLessThanOrEqual(24);
}
