// The extension's cost where users feel it, in one Chromium session with the e2e build loaded:
// on every fixture page and the largest corpus pages (served at broker addresses that are no
// listings), its script time and longest task against the page alone; its CPU while a page
// mutates without end; and the popup's first render with many saved listings.
import { readFileSync } from "node:fs";
import { launchExtension, type ServedPage } from "../../tests/e2e/harness";
import { BUSY_PAGE, measurePages, runOnHosts, type PageImpact, type PageRun } from "./page-impact";
import type { BenchPage } from "./pages";
import { popupAfterUpgrade, popupWith, seedStorage, type PopupBench, type PopupTimes } from "./popup";
import { plainBrowser, servePages } from "./serve";
import { stormOn, type StormResult } from "./storm";

/** How many of the largest corpus pages to measure, and how often (alternating with the page alone). */
const BIG_CORPUS_PAGES = 5;
const CORPUS_ROUNDS = 3;
const LISTING_FOR_STORM = "fixture:kbenp/seed-kbenp-utrecht.html";

export interface AttributionCheck {
  /** A page whose own script spins 100 ms twice: its longest task (wall), and what went to the extension. */
  pageLongestTaskMs: number;
  extensionMs: number;
  extensionLongestTaskCpuMs: number;
  /** The extension's script time on the storm's listing fixture (must not be 0). */
  listingExtensionMs: number;
  ok: boolean;
}

export interface ExtensionBench {
  impacts: PageImpact[];
  storms: StormResult[];
  check: AttributionCheck;
  popups: PopupBench[];
  upgrade: PopupTimes;
}

/** A corpus page at a broker address that is not a listing: the content script runs, finds nothing. */
function brokerAddress(page: BenchPage, i: number): string {
  const name = page.name.replace(/^corpus:/, "");
  return i % 2 === 0 ? `https://www.linkedin.com/feed/bench-${name}` : `https://www.kbenp.nl/nieuws/bench-${name}`;
}

export async function benchExtension(fixtures: BenchPage[], corpus: BenchPage[]): Promise<ExtensionBench> {
  const big = [...corpus].sort((a, b) => b.bytes - a.bytes).slice(0, BIG_CORPUS_PAGES);
  const busy: BenchPage = {
    name: "check:busy-loop",
    url: BUSY_PAGE.url,
    now: "2025-11-01T10:00:00+01:00",
    html: BUSY_PAGE.html,
    bytes: BUSY_PAGE.html.length,
  };
  const runs: PageRun[] = [
    { page: busy, url: busy.url, kind: "check", rounds: 1, compareBusy: false },
    ...fixtures.map((page): PageRun => ({ page, url: page.url, kind: "fixture", rounds: 1, compareBusy: false })),
    ...big.map((page, i): PageRun => ({
      page,
      url: brokerAddress(page, i),
      kind: "corpus",
      rounds: CORPUS_ROUNDS,
      compareBusy: true,
    })),
  ];
  const served: ServedPage[] = runs.map((r) => ({ url: r.url, html: r.page.html }));
  const profile = JSON.parse(readFileSync("tests/match-cases/profiles/senior-procesbegeleider.json", "utf8"));

  const session = await launchExtension({ pages: served });
  const alone = await plainBrowser(served);
  try {
    await servePages(session.context, served);
    // tsx names functions with an `__name` helper; functions sent to the page or worker need it too.
    await session.context.addInitScript("globalThis.__name = (f) => f");
    await session.worker.evaluate("globalThis.__name = (f) => f");
    // A profile, so the matcher runs as it does for a user.
    await seedStorage(session, { profile, settings: { lang: "nl" } });
    await runOnHosts(
      session,
      runs.map((r) => r.url),
    );

    const measured = await measurePages({ session, alone: alone.context }, runs, (done) => {
      if (process.env.BENCH_VERBOSE) console.error(`(${done} of ${runs.length} pages measured)`);
    });
    const impacts = measured.filter((i) => i.kind !== "check");
    const busyImpact = measured.find((i) => i.kind === "check")!;

    const listing = runs.find((r) => r.page.name === LISTING_FOR_STORM) ?? runs.find((r) => r.kind === "fixture")!;
    const storms = [await stormOn(session, listing.page.name, listing.url, listing.page.now)];
    const nonListing = runs.find((r) => r.kind === "corpus");
    if (nonListing) storms.push(await stormOn(session, nonListing.page.name, nonListing.url, nonListing.page.now));

    const listingMs = impacts.find((i) => i.name === listing.page.name)?.extensionMs ?? 0;
    // The page's 200 ms of script must stay the page's: none of its loops counted as ours.
    const check: AttributionCheck = {
      pageLongestTaskMs: busyImpact.longestTaskMs,
      extensionMs: busyImpact.extensionMs,
      extensionLongestTaskCpuMs: busyImpact.longestExtensionTaskCpuMs,
      listingExtensionMs: listingMs,
      ok:
        busyImpact.longestTaskMs >= 100 &&
        busyImpact.extensionMs < 100 &&
        busyImpact.longestExtensionTaskCpuMs < 100 &&
        listingMs > 0,
    };

    const popups = [await popupWith(session, 1000, profile), await popupWith(session, 5000, profile)];
    const upgrade = await popupAfterUpgrade(session, profile);
    return { impacts, storms, check, popups, upgrade };
  } finally {
    await alone.close();
    await session.close();
  }
}
