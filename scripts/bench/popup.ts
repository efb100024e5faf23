// The toolbar popup's first render with many saved listings, in Chromium with the e2e build.
import { readFileSync } from "node:fs";
import { setClock, type ExtensionSession } from "../../tests/e2e/harness";
import { planSavedWrite } from "../../lib/storage/saved-layout";
import type { SavedListing } from "../../lib/model/saved";

function savedRecords(n: number): Record<string, unknown> {
  const truth = JSON.parse(readFileSync("tests/fixtures/kbenp/seed-kbenp-utrecht.json", "utf8"));
  const records: Record<string, unknown> = {};
  for (let i = 0; i < n; i++) {
    const url = `https://www.kbenp.nl/opdrachten/bench-${i}`;
    const day = String(1 + (i % 28)).padStart(2, "0");
    const listing = {
      ...truth.expect,
      title: `${truth.expect.title} ${i}`,
      deadline: `2025-12-${day}`,
      requirements: truth.expect.requirements.map((r: { text: string; kind: string }, j: number) => ({
        ...r,
        id: `r${j}`,
        label: null,
        weight: null,
      })),
      url,
      canonicalUrl: null,
      site: "KB&P",
      adapter: "kbenp",
      health: { state: "ok", message: null },
      provenance: {},
    };
    const id = url.replace("https://www.", "https://");
    records[id] = {
      id,
      listing,
      savedAt: "2025-11-01T09:00:00.000Z",
      status: "bewaard",
      note: "",
      overrides: {},
      lastSeenAt: "2025-11-01T09:00:00.000Z",
    };
  }
  return records;
}

/** Best and median time to the first saved item; median time to its match line. */
export type PopupTimes = {
  firstItemMs: number;
  firstItemMedianMs: number;
  matchLineMs: number | null;
  /** From the page's navigation start: what the user waits, bundle loading included. */
  fromOpeningMedianMs: number;
};

/** Replaces all stored data with these saved listings (in the given layout), a profile and Dutch. */
export async function seedStorage(session: ExtensionSession, values: Record<string, unknown>): Promise<void> {
  await session.worker.evaluate(async (v) => {
    const api = (
      globalThis as unknown as {
        chrome: { storage: { local: { clear(): Promise<void>; set(v: object): Promise<void> } } };
      }
    ).chrome;
    await api.storage.local.clear();
    await api.storage.local.set(v);
  }, values);
}

/**
 * From the popup's script start to its first saved item (drawn from the index), and to its
 * first match line (drawn once the records on screen are read), over `runs` openings.
 */
async function popupFirstRender(session: ExtensionSession, runs: number): Promise<PopupTimes> {
  await setClock(session, "2025-11-01T10:00:00+01:00");
  const all: Array<{ firstItemMs: number; matchLineMs: number | null; fromOpeningMs: number }> = [];
  for (let run = 0; run < runs; run++) {
    const popup = await session.context.newPage();
    await popup.addInitScript(() => {
      const w = window as unknown as { firstItemAt: number | null; matchLineAt: number | null };
      w.firstItemAt = null;
      w.matchLineAt = null;
      new MutationObserver(() => {
        if (w.firstItemAt === null && document.querySelector(".saved-item")) w.firstItemAt = performance.now();
        if (w.matchLineAt === null && document.querySelector(".saved-item .match-line:not(.pending)"))
          w.matchLineAt = performance.now();
      }).observe(document, { childList: true, subtree: true });
    });
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
    await popup.waitForFunction(
      () => (window as unknown as { firstItemAt: number | null }).firstItemAt !== null,
      null,
      { timeout: 60000 },
    );
    await popup.waitForTimeout(300);
    all.push(
      await popup.evaluate(() => {
        const w = window as unknown as { firstItemAt: number; matchLineAt: number | null };
        const start = performance.getEntriesByName("opdrachtradar:popup-start")[0]?.startTime ?? 0;
        return {
          fromOpeningMs: w.firstItemAt,
          firstItemMs: w.firstItemAt - start,
          matchLineMs: w.matchLineAt === null ? null : w.matchLineAt - start,
        };
      }),
    );
    await popup.close();
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const matchLines = all.map((t) => t.matchLineMs).filter((ms): ms is number => ms !== null);
  return {
    firstItemMs: Math.min(...all.map((t) => t.firstItemMs)),
    firstItemMedianMs: median(all.map((t) => t.firstItemMs)),
    matchLineMs: matchLines.length > 0 ? median(matchLines) : null,
    fromOpeningMedianMs: median(all.map((t) => t.fromOpeningMs)),
  };
}

export interface PopupBench {
  n: number;
  times: PopupTimes;
}

export async function popupWith(session: ExtensionSession, n: number, profile: unknown): Promise<PopupBench> {
  const records = savedRecords(n) as Record<string, SavedListing>;
  await seedStorage(session, { ...planSavedWrite([], Object.values(records)).set, profile, settings: { lang: "nl" } });
  return { n, times: await popupFirstRender(session, 7) };
}

/** The first popup after an update from the one-value layout (v2): it moves 1,000 records first. */
export async function popupAfterUpgrade(session: ExtensionSession, profile: unknown): Promise<PopupTimes> {
  // One opening: the first one moves the records, after that the layout is current.
  await seedStorage(session, { saved: savedRecords(1000), saved$: { v: 2 }, profile, settings: { lang: "nl" } });
  return popupFirstRender(session, 1);
}
