// The toolbar popup in the built extension: the listing in a tab, one-click save, the saved
// list surviving a browser restart and a corrupt record, and screenshots of a full list.
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listingSchema, type Listing } from "../../lib/model/listing";
import { addDutchDays, amsterdamParts } from "../../lib/model/dutch-time";
import { isPackedHead, packHead, unpackHead } from "../../lib/storage/saved-head";
import { planSavedWrite } from "../../lib/storage/saved-layout";
import { newSavedListing, type SavedListing, type SavedStatus } from "../../lib/model/saved";
import { profilesDir } from "../shared-folder";
import { launchExtension, setClock, seedFixture, tabIdOf, type ExtensionSession, type FixtureCase } from "./harness";

const shots = "test-results/screenshots";
const kbenp = seedFixture("seed-kbenp-utrecht");
const kbenpTitle = String(kbenp.expect.title);
const generic = seedFixture("seed-generic-zoetermeer");

async function openPopup(session: ExtensionSession, tabId?: number): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 400, height: 600 });
  const query = tabId === undefined ? "" : `?tab=${tabId}`;
  await page.goto(`chrome-extension://${session.extensionId}/popup.html${query}`);
  return page;
}

/** Writes straight into the extension's storage, as the service worker sees it. */
async function writeStorage(session: ExtensionSession, values: Record<string, unknown>): Promise<void> {
  await session.worker.evaluate(async (v) => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
    await api.storage.local.set(v);
  }, values);
}

/**
 * Replaces every saved listing in storage with these, written as the extension writes: the
 * records no longer wanted removed first, then records and index (the index is never missing).
 */
async function seedSaved(session: ExtensionSession, records: SavedListing[]): Promise<void> {
  const values = planSavedWrite([], records).set;
  const stale = (
    await session.worker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { storage: { local: { get(): Promise<object> } } } }).chrome;
      return Object.keys(await api.storage.local.get());
    })
  ).filter((key) => key.startsWith("savedRecord:") && !(key in values));
  await removeStorage(session, stale);
  await writeStorage(session, values);
}

async function removeStorage(session: ExtensionSession, keys: string[]): Promise<void> {
  await session.worker.evaluate(async (k) => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { remove(k: string[]): Promise<void> } } } })
      .chrome;
    await api.storage.local.remove(k);
  }, keys);
}

async function readStorage(session: ExtensionSession, key: string): Promise<unknown> {
  return session.worker.evaluate(async (k) => {
    const api = (
      globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }
    ).chrome;
    return (await api.storage.local.get(k))[k];
  }, key);
}

/** The set-aside records (one key each, `setAside:<hash>`, see lib/storage/set-aside.ts), oldest first. */
async function readSetAside(session: ExtensionSession): Promise<Array<{ raw: unknown; problem: string }>> {
  const all = await session.worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { get(): Promise<object> } } } }).chrome;
    return (await api.storage.local.get()) as Record<string, unknown>;
  });
  return Object.entries(all)
    .filter(([key]) => key.startsWith("setAside:"))
    .map(([, value]) => value as { raw: unknown; problem: string; at: string })
    .sort((a, b) => a.at.localeCompare(b.at));
}

/** No set-aside records, and no cache of their problems (the next read rebuilds it). */
async function clearSetAside(session: ExtensionSession): Promise<void> {
  const all = await session.worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { get(): Promise<object> } } } }).chrome;
    return Object.keys(await api.storage.local.get());
  });
  await removeStorage(session, [...all.filter((key) => key.startsWith("setAside:")), "setAsideList", "savedSetAside"]);
}

/**
 * The id of the tab just opened. The harness's tabIdOf matches by URL, which the extension
 * cannot see on a site outside its host permissions; the newest page is the active tab.
 */
async function activeTabId(session: ExtensionSession): Promise<number> {
  const id = await session.worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number }>> } } })
      .chrome;
    const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? null;
  });
  if (id === null) throw new Error("no active tab");
  return id;
}

const currentSection = (page: Page) => page.locator("section[aria-labelledby=current-heading]");
const savedSection = (page: Page) => page.locator("section[aria-labelledby=saved-heading]");

describe("the popup", () => {
  let session: ExtensionSession;
  let userDataDir: string;

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    session = await launchExtension({ pages: [kbenp, generic] });
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
    session = await launchExtension({ userDataDir, pages: [kbenp, generic] });
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
    // Version 2 kept every record in one value under "saved" (objects), with WXT's version record.
    await writeStorage(session, { saved: { [id]: record, "https://kapot.example/2": { id: 7 } }, saved$: { v: 2 } });
    await removeStorage(session, ["savedIndex", `savedRecord:${id}`]);
    await clearSetAside(session);
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

  it("offers to analyse a page on a site that is not a broker", async () => {
    const tab = await session.context.newPage();
    await tab.goto(generic.url);
    await tab.bringToFront();
    const popup = await openPopup(session, await activeTabId(session));
    const current = currentSection(popup);
    await expect.poll(() => current.innerText(), { timeout: 15000 }).toContain("geen bekende opdrachtensite");
    expect(await current.getByRole("button", { name: "Analyseer deze pagina" }).count()).toBe(1);
    await popup.screenshot({ path: `${shots}/popup-not-broker.png` });
    // Opened as a page, the popup has no activeTab grant: the injection is refused, and says so.
    await current.getByRole("button", { name: "Analyseer deze pagina" }).click();
    await expect.poll(() => current.innerText(), { timeout: 15000 }).toContain("Analyseren lukte niet");
    await popup.close();
    await tab.close();
  });

  it("lists twelve saved listings by deadline, archive folded away (screenshots)", async () => {
    const saved = twelveSaved(new Date(kbenp.now));
    const profile = JSON.parse(readFileSync(join(profilesDir, "senior-procesbegeleider.json"), "utf8"));
    await seedSaved(session, saved);
    await clearSetAside(session);
    await writeStorage(session, { profile });
    const tab = await session.context.newPage();
    await tab.goto(kbenp.url);
    const popup = await openPopup(session, await tabIdOf(session, kbenp.url));
    await expect.poll(() => currentSection(popup).innerText(), { timeout: 15000 }).toContain(kbenpTitle);
    await expect.poll(() => popup.locator(".saved-item").count()).toBeGreaterThan(0);
    expect(await currentSection(popup).innerText()).toMatch(/ook bij Bij Oranje/);
    await popup.screenshot({ path: `${shots}/popup-current.png` });

    // Open filter: the first deadlines first, nothing archived among them.
    const days = await popup
      .locator(".saved-list")
      .first()
      .locator(".or-countdown")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-urgency")));
    expect(days).not.toContain("closed");
    await savedSection(popup).scrollIntoViewIfNeeded();
    await popup.screenshot({ path: `${shots}/popup-list.png` });

    await popup.getByText("Alles", { exact: false }).click();
    const archive = popup.locator("details.archive");
    await archive.locator("summary").click();
    await archive.scrollIntoViewIfNeeded();
    await popup.screenshot({ path: `${shots}/popup-archive.png` });
    const all = await popup.locator(".saved-item").count();
    expect(all).toBe(saved.length);
    await popup.close();
    await tab.close();
  });

  it("lists sixty saved listings ten at a time, with match lines for those on screen", async () => {
    const now = new Date(kbenp.now);
    const base = listingOf(kbenp, "KB&P", {});
    const many = Array.from({ length: 60 }, (_, i) =>
      newSavedListing(
        {
          ...base,
          title: `Adviseur ${String(i).padStart(2, "0")}`,
          url: `https://www.kbenp.nl/opdrachten/veel-${i}`,
          deadline: addDutchDays(amsterdamParts(now).date, 1 + (i % 20)),
        },
        now,
      ),
    );
    await seedSaved(session, many);
    const popup = await openPopup(session);
    const items = savedSection(popup).locator(".saved-list").first().locator(".saved-item");
    await expect.poll(() => items.count(), { timeout: 15000 }).toBe(10);
    // Every item on screen gets its match line once its record is read; none stays a placeholder.
    await expect.poll(() => items.locator(".match-line:not(.pending)").count()).toBe(10);
    const more = savedSection(popup).getByRole("button", { name: "Toon er meer (10 van 60)" });
    await more.click();
    await expect.poll(() => items.count()).toBe(50);
    await expect.poll(() => items.locator(".match-line:not(.pending)").count()).toBe(50);
    await popup.close();
  });

  it("makes no network request of its own", () => {
    expect(session.unexpectedRequests).toEqual([]);
  });
});

const seedSites: Record<string, string> = {
  "seed-kbenp-utrecht": "KB&P",
  "seed-bijoranje-utrecht": "Bij Oranje",
  "seed-youngcapital-zoetermeer": "YoungCapital",
  "seed-zuidprofs-dronten": "ZuidProfs",
  "seed-generic-zoetermeer": "Opdrachtenportaal",
};

function listingOf(fixture: FixtureCase, site: string, changes: Partial<Listing>): Listing {
  const truth = fixture.expect as Partial<Listing> & { requirements?: Array<{ text: string; kind: "must" | "nice" }> };
  return listingSchema.parse({
    isListing: true,
    title: null,
    client: null,
    location: null,
    rate: null,
    hoursPerWeek: null,
    startDate: null,
    endDate: null,
    published: null,
    deadline: null,
    status: "open",
    url: fixture.url,
    canonicalUrl: null,
    site,
    adapter: "generic",
    health: { state: "ok", message: null },
    provenance: {},
    ...truth,
    requirements: (truth.requirements ?? []).map((r, i) => ({ ...r, id: `${r.kind}-${i}` })),
    ...changes,
  });
}

/** Twelve records from the five seed truths: deadlines from today to weeks ahead, some past, some done. */
function twelveSaved(now: Date): SavedListing[] {
  const today = amsterdamParts(now).date;
  const day = (n: number, time = "") => `${addDutchDays(today, n)}${time}`;
  const plan: Array<[string, string | null, SavedStatus, string]> = [
    ["seed-kbenp-utrecht", null, "bewaard", ""],
    ["seed-bijoranje-utrecht", null, "reageren", "CV bijwerken, referentie vragen"],
    ["seed-zuidprofs-dronten", day(0, "T17:00"), "reageren", ""],
    ["seed-generic-zoetermeer", day(2, "T12:00"), "bewaard", ""],
    ["seed-youngcapital-zoetermeer", day(5), "bewaard", ""],
    ["seed-zuidprofs-dronten", day(9), "gereageerd", "Gesprek op dinsdag"],
    ["seed-generic-zoetermeer", day(16), "bewaard", ""],
    ["seed-youngcapital-zoetermeer", null, "bewaard", ""],
    ["seed-zuidprofs-dronten", day(-3), "bewaard", ""],
    ["seed-generic-zoetermeer", day(-12), "gereageerd", ""],
    ["seed-youngcapital-zoetermeer", day(20), "afgewezen", ""],
    ["seed-bijoranje-utrecht", day(30), "gegund", ""],
  ];
  return plan.map(([name, deadline, status, note], i) => {
    const fixture = seedFixture(name);
    const site = seedSites[name] ?? "";
    // The first two keep their own page and deadline: the same assignment at two brokers.
    const changes: Partial<Listing> =
      i < 2 ? {} : { url: `${fixture.url.replace(/\/$/, "")}-${i}`, deadline, status: "open" };
    const savedAt = new Date(now.getTime() - (i + 1) * 3_600_000);
    return { ...newSavedListing(listingOf(fixture, site, changes), savedAt), status, note };
  });
}
