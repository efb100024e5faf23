// What the popup's and the options page's browser tests share: storage written and read as the
// extension does, saved listings made from the seed fixtures, the accessibility check (axe-core)
// and the popup's layout measured.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { listingSchema, type Listing } from "../../lib/model/listing";
import { addDutchDays, amsterdamParts } from "../../lib/model/dutch-time";
import { planSavedWrite } from "../../lib/storage/saved-layout";
import { newSavedListing, type SavedListing, type SavedStatus } from "../../lib/model/saved";
import { seedFixture, type ExtensionSession, type FixtureCase } from "./harness";

export async function openPopup(session: ExtensionSession, tabId?: number): Promise<Page> {
  const page = await session.context.newPage();
  // The popup is 360 px wide (entrypoints/popup/style.css); Chrome opens it at most 600 px tall.
  await page.setViewportSize({ width: 360, height: 600 });
  const query = tabId === undefined ? "" : `?tab=${tabId}`;
  await page.goto(`chrome-extension://${session.extensionId}/popup.html${query}`);
  return page;
}

/** Writes straight into the extension's storage, as the service worker sees it. */
export async function writeStorage(session: ExtensionSession, values: Record<string, unknown>): Promise<void> {
  await session.worker.evaluate(async (v) => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
    await api.storage.local.set(v);
  }, values);
}

/**
 * Replaces every saved listing in storage with these, written as the extension writes: the
 * records no longer wanted removed first, then records and index (the index is never missing).
 */
export async function seedSaved(session: ExtensionSession, records: SavedListing[]): Promise<void> {
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

export async function removeStorage(session: ExtensionSession, keys: string[]): Promise<void> {
  await session.worker.evaluate(async (k) => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { remove(k: string[]): Promise<void> } } } })
      .chrome;
    await api.storage.local.remove(k);
  }, keys);
}

export async function readStorage(session: ExtensionSession, key: string): Promise<unknown> {
  return session.worker.evaluate(async (k) => {
    const api = (
      globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }
    ).chrome;
    return (await api.storage.local.get(k))[k];
  }, key);
}

/** The set-aside records (one key each, `setAside:<hash>`, see lib/storage/set-aside.ts), oldest first. */
export async function readSetAside(session: ExtensionSession): Promise<Array<{ raw: unknown; problem: string }>> {
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
export async function clearSetAside(session: ExtensionSession): Promise<void> {
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
export async function activeTabId(session: ExtensionSession): Promise<number> {
  const id = await session.worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number }>> } } })
      .chrome;
    const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? null;
  });
  if (id === null) throw new Error("no active tab");
  return id;
}

export const seedSites: Record<string, string> = {
  "seed-kbenp-utrecht": "KB&P",
  "seed-bijoranje-utrecht": "Bij Oranje",
  "seed-youngcapital-zoetermeer": "YoungCapital",
  "seed-zuidprofs-dronten": "ZuidProfs",
  "seed-generic-zoetermeer": "Opdrachtenportaal",
};

export function listingOf(fixture: FixtureCase, site: string, changes: Partial<Listing>): Listing {
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
export function twelveSaved(now: Date): SavedListing[] {
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

/** Writes the settings' language ("auto" follows the browser). */
export async function setLang(session: ExtensionSession, lang: "auto" | "nl" | "en"): Promise<void> {
  const settings = ((await readStorage(session, "settings")) ?? {}) as Record<string, unknown>;
  await writeStorage(session, { settings: { ...settings, lang } });
}

const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

let axeSource: string | null = null;

/**
 * axe-core's violations on the page as it stands (all its default rules: WCAG 2.2 A and AA,
 * best practices), the serious and critical ones first. axe is put into the extension page for
 * the check only, through the DevTools protocol: the page's CSP (script-src 'self') refuses
 * the inline <script> that page.addScriptTag would add.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  axeSource ??= readFileSync(axePath, "utf8");
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource);
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context?: unknown, options?: unknown): Promise<AxeResults> } }).axe;
    type AxeResults = {
      violations: Array<{
        id: string;
        impact: string | null;
        help: string;
        nodes: Array<{ target: unknown[]; failureSummary?: string }>;
      }>;
    };
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(" ")}: ${n.failureSummary ?? ""}`),
    }));
  });
  const rank = (impact: string | null) => ["critical", "serious", "moderate", "minor"].indexOf(impact ?? "minor");
  return found.sort((a, b) => rank(a.impact) - rank(b.impact));
}

/** The violations that fail a test: serious and critical. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  return (await axeViolations(page)).filter((v) => v.impact === "serious" || v.impact === "critical");
}

/**
 * Interactive elements smaller than 24 × 24 px (WCAG 2.5.8), by a short description. Hidden
 * ones and the radio buttons under a tab's label (the label is the target) do not count.
 */
export async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector = 'button, a[href], select, textarea, summary, input:not([type="hidden"]), label.filter';
    const out: string[] = [];
    for (const el of Array.from(document.querySelectorAll<HTMLElement>(selector))) {
      if (el.closest("[hidden]") || (el as HTMLInputElement).type === "file") continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (el.matches("label.filter input")) continue;
      if (box.width < 23.5 || box.height < 23.5)
        out.push(
          `${el.tagName.toLowerCase()}.${el.className} “${(el.textContent ?? "").trim().slice(0, 30)}” ${box.width.toFixed(0)}×${box.height.toFixed(0)}`,
        );
    }
    return out;
  });
}

/**
 * The popup's layout: the document's scroll height against the popup element's height, and in
 * the scrolling middle, its scroll height against the bottom of its last element.
 */
export async function popupLayout(page: Page) {
  return page.evaluate(() => {
    const popup = document.querySelector<HTMLElement>(".popup")!;
    const main = document.querySelector<HTMLElement>(".popup-main")!;
    const last = main.lastElementChild?.lastElementChild as HTMLElement | null;
    const mainTop = main.getBoundingClientRect().top - main.scrollTop;
    return {
      documentScrollHeight: document.documentElement.scrollHeight,
      bodyScrollHeight: document.body.scrollHeight,
      popupHeight: popup.getBoundingClientRect().height,
      mainScrollHeight: main.scrollHeight,
      /** Where the last thing in the middle ends, from the top of the middle's content. */
      contentBottom: last ? last.getBoundingClientRect().bottom - mainTop : 0,
    };
  });
}

/** `n` saved listings of the KB&P seed, "Adviseur 00".."Adviseur 59", closing over the next 20 days. */
export function manySaved(n: number, now: Date): SavedListing[] {
  const kbenp = seedFixture("seed-kbenp-utrecht");
  const base = listingOf(kbenp, "KB&P", {});
  return Array.from({ length: n }, (_, i) =>
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
}
