// The pure parts timed in Node: extraction under happy-dom (a quick second opinion beside
// Chromium), matching, and the stored size and load of many saved listings.
import { Window } from "happy-dom";
import { extractListing } from "../../lib/interpret/extract-listing";
import { registerBundledCatalogs } from "../../lib/i18n/bundled";
import { matchListing } from "../../lib/match/matcher";
import {
  INDEX_KEY,
  planSavedWrite,
  readSavedIndex,
  readSavedSnapshot,
  recordKey,
} from "../../lib/storage/saved-layout";
import { newSavedListing } from "../../lib/model/saved";
import { spawnSync } from "node:child_process";
import { BENCH_NOW, benchProfile, listingWith, withUnseenTexts } from "./match-listing";
import { median, type BenchPage } from "./pages";

function meanMs(fn: () => void, budgetMs = 100, maxRuns = 500): number {
  fn();
  let n = 0;
  const start = performance.now();
  do {
    fn();
    n++;
  } while (performance.now() - start < budgetMs && n < maxRuns);
  return (performance.now() - start) / n;
}

export function benchNodeExtract(pages: BenchPage[]): { median: number; max: number; maxPage: string } {
  const times: Array<[string, number]> = [];
  for (const p of pages) {
    const window = new Window({
      url: p.url,
      settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
    });
    // A saved page parsed into a detached document for timing; it is never shown.
    const doc = new window.DOMParser().parseFromString(p.html, "text/html");
    const now = new Date(p.now);
    times.push([p.name, meanMs(() => extractListing(doc as unknown as Document, { url: p.url, now }), 50, 50)]);
    window.close();
  }
  const worst = times.reduce((a, b) => (a[1] > b[1] ? a : b));
  return { median: median(times.map((t) => t[1])), max: worst[1], maxPage: worst[0] };
}

/** One match in a fresh Node process (match-first.ts), as a child: its ms and the matcher's import ms. */
function firstMatchInFreshProcess(): { ms: number; importMs: number } {
  const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/bench/match-first.ts"], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`match-first.ts failed: ${run.stderr.trim().split("\n")[0] ?? ""}`);
  return JSON.parse(run.stdout.trim().split("\n").at(-1)!) as { ms: number; importMs: number };
}

export function benchMatcher(): {
  perListingMs: number;
  unseenMs: number;
  firstMs: number;
  firstImportMs: number;
  requirements: number;
} {
  registerBundledCatalogs();
  const profile = benchProfile();
  const listing = listingWith(20);
  const now = BENCH_NOW;
  const perListingMs = meanMs(() => matchListing(listing, profile, { now, lang: "nl" }), 200, 20000);
  // Texts never seen before: the matcher remembers parsed requirement texts, so vary them.
  let run = 0;
  const unseenMs = meanMs(() => matchListing(withUnseenTexts(listing, ++run), profile, { now, lang: "nl" }), 200, 2000);
  // The first listing of a process: five fresh processes, the median.
  const firsts = Array.from({ length: 5 }, firstMatchInFreshProcess);
  return {
    perListingMs,
    unseenMs,
    firstMs: median(firsts.map((f) => f.ms)),
    firstImportMs: median(firsts.map((f) => f.importMs)),
    requirements: 20,
  };
}

export function benchStorage(): {
  recordBytes: number;
  headBytes: number;
  load5000Ms: number;
  index5000Ms: number;
  loaded: number;
} {
  const base = listingWith(8);
  const now = BENCH_NOW;
  const records = Array.from({ length: 5000 }, (_, i) =>
    newSavedListing({ ...base, url: `https://www.kbenp.nl/opdrachten/${i}/` }, now),
  );
  // What storage holds (a JSON round trip, as the browser stores it).
  const snapshot = JSON.parse(JSON.stringify(planSavedWrite([], records).set)) as Record<string, unknown>;
  const index = snapshot[INDEX_KEY];
  const recordBytes = JSON.stringify(records.map((r) => [recordKey(r.id), r])).length / 5000;
  const headBytes = JSON.stringify(index).length / 5000;
  let loaded = 0;
  const load5000Ms = meanMs(() => (loaded = readSavedSnapshot(snapshot).listings.length), 300, 20);
  const index5000Ms = meanMs(() => readSavedIndex(index), 100, 20);
  return { recordBytes: Math.round(recordBytes), headBytes: Math.round(headBytes), load5000Ms, index5000Ms, loaded };
}
