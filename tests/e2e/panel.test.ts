// The in-page panel and marks, as a person sees them, on the seed pages served at their
// broker addresses, in Chromium with the built extension. Both live in closed shadow roots, which
// Playwright's locators cannot pierce: the tests read them through the DevTools protocol
// (harness.ts, inUi) and click them with the mouse, as the user does.
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { profilesDir } from "../shared-folder";
import {
  clickInPanel,
  fixtureCase,
  inUi,
  launchExtension,
  marksOf,
  panelCount,
  panelText,
  setClock,
  seedFixture,
  type ExtensionSession,
  type FixtureCase,
} from "./harness";

const shots = "test-results/screenshots";
const profile = JSON.parse(readFileSync(join(profilesDir, "senior-procesbegeleider.json"), "utf8"));

// What a reader of each page expects the countdown to say at the page's viewing moment.
const cases: Array<{ name: string; countdown: RegExp }> = [
  { name: "seed-kbenp-utrecht", countdown: /nog 11 dagen/ },
  { name: "seed-bijoranje-utrecht", countdown: /nog 11 dagen/ },
  { name: "seed-zuidprofs-dronten", countdown: /nog 13 dagen/ },
  { name: "seed-generic-zoetermeer", countdown: /geen deadline/ },
  { name: "seed-youngcapital-zoetermeer", countdown: /geen deadline|gesloten/ },
];

/** The profile, and Dutch as the language (headless Chromium here reports an English UI). */
async function storeProfile(session: ExtensionSession, value: unknown): Promise<void> {
  await session.worker.evaluate(async (v) => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { set(x: object): Promise<void> } } } }).chrome;
    await api.storage.local.set({ profile: v, settings: { lang: "nl" } });
  }, value);
}

async function openPage(session: ExtensionSession, fixture: FixtureCase): Promise<Page> {
  await setClock(session, fixture.now);
  const page = await session.context.newPage();
  await page.goto(fixture.url);
  return page;
}

describe("in-page panel and marks", () => {
  const fixtures = cases
    .map((c) => seedFixture(c.name))
    .map((f) =>
      // The Zoetermeer page sits on a made-up host the manifest does not cover; serve it on a
      // broker host without an adapter of its own, where the generic extractor does the work.
      f.url.includes("example.com")
        ? { ...f, url: f.url.replace("https://opdrachten.example.com/", "https://www.werkzoeken.nl/") }
        : f,
    );
  // A knowledge-base article on a broker site that has an adapter: dates, rates and example
  // eisen, but no listing.
  const blogPage = fixtureCase("kbenp/kennisbank-eisen-en-wensen-in-aanbestedingen");
  // A page whose visible closing date ("Sluitingsdatum ... 20 november 2025 10:00 uur") and
  // JSON-LD validThrough (2026-01-01) disagree, served on a broker host without an adapter.
  const disagreeing = fixtureCase("headfirst/adviseur-informatiebeveiliging-almere");
  disagreeing.url = "https://www.striive.com/opdracht/adviseur-informatiebeveiliging-almere";
  let session: ExtensionSession;

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    session = await launchExtension({ pages: [...fixtures, blogPage, disagreeing] });
    await storeProfile(session, profile);
  });
  afterAll(async () => {
    await session?.close();
  });

  for (const [i, c] of cases.entries()) {
    it(`shows the panel on ${c.name}`, async () => {
      const fixture = fixtures[i]!;
      const page = await openPage(session, fixture);
      await expect.poll(() => panelCount(page), { timeout: 10000 }).toBe(1);
      const title = String(fixture.expect.title);
      await expect.poll(() => panelText(page, ".or-title")).toContain(title.slice(0, 30));
      expect(await panelText(page, ".or-header .or-countdown")).toMatch(c.countdown);

      const wanted = (fixture.expect.requirements as Array<{ text: string }> | undefined) ?? [];
      if (wanted.length > 0) {
        await expect.poll(() => panelText(page, "details.or-reqs summary")).toContain(`(${wanted.length})`);
        const marks = await marksOf(page, "requirement");
        expect(marks.length).toBe(wanted.length);
        // Each mark sits inside the element that holds its requirement's text.
        const hosts = marks.map((m) => m.beside);
        for (const w of wanted) {
          const start = w.text.slice(0, 25);
          expect(
            hosts.some((h) => h.includes(start)),
            `a mark next to "${start}"`,
          ).toBe(true);
        }
      }
      await page.screenshot({ path: `${shots}/panel-${c.name}.png` });
      await page.close();
    });
  }

  it("says where the deadline came from, which source it overruled, and marks it in the page", async () => {
    const page = await openPage(session, disagreeing);
    await expect.poll(() => panelCount(page), { timeout: 10000 }).toBe(1);
    await expect.poll(() => panelText(page, ".or-fact dd")).toContain("20 nov");
    expect(await panelText(page, ".or-fact dd .or-source")).toBe("bij ‘Sluitingsdatum’");
    expect(await panelText(page, ".or-source-note")).toMatch(/De gegevens van de pagina noemen 1 jan 2026/);
    await expect.poll(async () => (await marksOf(page, "deadline")).length).toBe(1);
    expect((await marksOf(page, "deadline"))[0]!.beside).toContain("20 november 2025");
    await page.screenshot({ path: `${shots}/panel-deadline-provenance.png` });
    await page.close();
  });

  it("injects nothing on a page that is not a listing", async () => {
    const page = await session.context.newPage();
    await page.goto(blogPage.url);
    await page.waitForTimeout(1500);
    expect(await page.locator("opdrachtradar-panel").count()).toBe(0);
    expect(await marksOf(page)).toEqual([]);
    await page.close();
  });

  it("is usable by keyboard: the panel's controls are labelled and focusable", async () => {
    const page = await openPage(session, fixtures[0]!);
    await expect.poll(() => panelCount(page), { timeout: 10000 }).toBe(1);
    const unlabelled = await inUi(
      page,
      (ui) =>
        Array.from(ui.panel!.querySelectorAll("button")).filter(
          (b) => !(b.getAttribute("aria-label") || b.textContent?.trim()),
        ).length,
    );
    expect(unlabelled).toBe(0);
    expect((await marksOf(page, "requirement"))[0]!.label).toMatch(/Opdrachtradar/);
    // The keyboard reaches into the closed root: going back from the top of the page lands on
    // the panel's last button (the panel comes last in the document).
    await page.keyboard.press("Shift+Tab");
    await expect
      .poll(() => inUi(page, (ui) => (ui.panel!.activeElement as HTMLElement | null)?.innerText ?? null))
      .toMatch(/Uitzetten op/);
    await page.close();
  });

  it("follows a single-page site to its next listing without piling up marks", async () => {
    const first = fixtures[0]!; // KB&P, 5 eisen
    const base = "tests/fixtures/kbenp/informatieadviseur-zaakgericht-werken-gemeente-deventer";
    const second = { ...JSON.parse(readFileSync(`${base}.json`, "utf8")), html: readFileSync(`${base}.html`, "utf8") };
    const page = await openPage(session, first);
    await setClock(session, second.now);
    await expect.poll(() => panelCount(page), { timeout: 10000 }).toBe(1);
    // What LinkedIn and Indeed do: swap the content and push a new address, no page load.
    const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(second.html)![1]!;
    await page.evaluate(
      ({ html, title }) => {
        const doc = new DOMParser().parseFromString(html, "text/html");
        document.body.replaceChildren(...Array.from(doc.body.childNodes));
        document.title = title;
        history.pushState({}, "", "/opdrachten/informatieadviseur-zaakgericht-werken-gemeente-deventer/");
      },
      { html: body, title: String(second.expect.title) },
    );
    await expect.poll(() => panelText(page, ".or-title"), { timeout: 10000 }).toContain("Informatieadviseur");
    const wanted = (second.expect.requirements as unknown[]).length;
    await expect.poll(async () => (await marksOf(page, "requirement")).length).toBe(wanted);
    expect(await page.locator("opdrachtradar-panel").count()).toBe(1);
    await page.close();
  });

  it("small finding of the trust issue: a storage change that changes nothing shown leaves the marks in place", async () => {
    const page = await openPage(session, fixtures[0]!);
    await expect.poll(() => panelCount(page), { timeout: 10000 }).toBe(1);
    // The mark hosts, as the page's own script sees them: attribute-less spans with a closed
    // root at the end of an item. Tag them in the page's world.
    const tagHosts = () =>
      page.evaluate(() => {
        const hosts = Array.from(document.querySelectorAll("span")).filter(
          (s) => !s.attributes.length && !s.childNodes.length && s.parentElement?.lastElementChild === s,
        );
        for (const h of hosts) (h as unknown as { seen?: boolean }).seen = true;
        return hosts.length;
      });
    const stillTagged = () =>
      page.evaluate(
        () =>
          Array.from(document.querySelectorAll("span")).filter((s) => (s as unknown as { seen?: boolean }).seen).length,
      );
    await expect.poll(tagHosts, { timeout: 10000 }).toBeGreaterThan(1);
    const tagged = await stillTagged();
    await session.worker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } })
        .chrome;
      await api.storage.local.set({ unrelatedKey: Date.now() });
    });
    await page.waitForTimeout(1500);
    expect(await stillTagged()).toBe(tagged);
    await page.close();
  });

  it("keeps the user's own verdict on a requirement, shown as theirs", async () => {
    const page = await openPage(session, fixtures[0]!);
    await expect.poll(() => panelCount(page), { timeout: 10000 }).toBe(1);
    await clickInPanel(page, "details.or-reqs summary");
    const verdict = "li.or-req .or-verdict"; // the first row's
    const before = await panelText(page, verdict);
    await clickInPanel(page, "li.or-req button");
    await expect.poll(() => panelText(page, verdict)).toContain("jouw oordeel");
    expect(await panelText(page, verdict)).not.toBe(before);
    // Remembered: a fresh load of the page shows the same verdict.
    await page.reload();
    await expect.poll(() => panelCount(page), { timeout: 10000 }).toBe(1);
    await clickInPanel(page, "details.or-reqs summary");
    await expect.poll(() => panelText(page, verdict)).toContain("jouw oordeel");
    await page.close();
  });

  it("collapses, and turns off for the site and removes its marks", async () => {
    const page = await openPage(session, fixtures[0]!);
    await expect.poll(() => panelCount(page), { timeout: 10000 }).toBe(1);
    await clickInPanel(page, ".or-header button");
    await expect.poll(() => panelCount(page, "section.or-panel.or-collapsed")).toBe(1);
    await clickInPanel(page, ".or-header button");
    await expect.poll(() => panelCount(page, "section.or-panel.or-collapsed")).toBe(0);
    await clickInPanel(page, "button", /Uitzetten op/);
    await expect.poll(() => page.locator("opdrachtradar-panel").count()).toBe(0);
    expect(await marksOf(page)).toEqual([]);
    // turn the site back on for the other tests
    await session.worker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { storage: { local: { remove(k: string): Promise<void> } } } })
        .chrome;
      await api.storage.local.remove("settings");
    });
    await page.close();
  });
});
