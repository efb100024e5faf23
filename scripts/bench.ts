// `npm run bench`: speed and size figures, printed as tables. Targets (from the issues):
// extraction ≥ 5× faster than Readability and within 5× of innerText on the median page, linear
// in page size; content script ≤ 30 KB gzipped; matching 20 requirements < 1 ms; 5,000 saved
// listings load.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { benchInChromium, summarise, type PageTiming } from "./bench/chromium-extract";
import { benchExtension } from "./bench/extension";
import { benchMatcher, benchNodeExtract, benchStorage } from "./bench/node-lib";
import { benchPages } from "./bench/pages";

const ms = (n: number) => n.toFixed(2).padStart(8);

function table(rows: PageTiming[]): void {
  console.log(
    `${"page".padEnd(58)} ${"KB".padStart(7)} ${"innerText".padStart(9)} ${"1st".padStart(8)} ${"Readab.".padStart(8)} ${"read".padStart(8)} ${"interp.".padStart(8)}  listing`,
  );
  for (const r of rows) {
    console.log(
      `${r.name.slice(0, 58).padEnd(58)} ${r.kb.toFixed(0).padStart(7)} ${ms(r.innerText)} ${ms(r.innerTextFirst)} ${ms(r.readability)} ${ms(r.extract)} ${ms(r.interpret)}  ${r.isListing ? "yes" : "no"}`,
    );
  }
}

function gzippedKb(path: string): string {
  return (gzipSync(readFileSync(path)).length / 1024).toFixed(1);
}

async function main(): Promise<void> {
  const pages = benchPages();
  console.log(`\n## Extraction in Chromium (ms per run, mean of repeats) on ${pages.length} pages\n`);
  const { rows, scaling } = await benchInChromium(pages);
  table(rows);
  const m = summarise(rows);
  console.log(
    `\nmedian: innerText ${m.innerText.toFixed(2)} ms (repeated), ${m.innerTextFirst.toFixed(2)} ms (first read), Readability ${m.readability.toFixed(2)} ms, reader (in the page) ${m.extract.toFixed(2)} ms, interpreter (worker) ${m.interpret.toFixed(2)} ms`,
  );
  console.log(
    `the reader is ${(m.readability / m.extract).toFixed(1)}× faster than Readability (target ≥ 5×) and ${(m.extract / m.innerText).toFixed(1)}× a repeated innerText read, ${(m.extract / m.innerTextFirst).toFixed(1)}× the first one (target ≤ 5×)`,
  );
  console.log("\n## Growth with page size (same page ×1 and ×10)\n");
  table(scaling);

  const node = benchNodeExtract(pages);
  console.log(
    `\n## Extraction in Node/happy-dom: median ${node.median.toFixed(2)} ms, max ${node.max.toFixed(2)} ms (${node.maxPage})`,
  );

  const match = benchMatcher();
  console.log(
    `\n## Matching ${match.requirements} requirements (target < 1 ms): ${(match.perListingMs * 1000).toFixed(0)} µs per listing, ${(match.unseenMs * 1000).toFixed(0)} µs with texts never seen before`,
  );

  const storage = benchStorage();
  console.log(
    `\n## Storage: ${storage.recordBytes} bytes per saved listing (record) + ${storage.headBytes} in the index; ${storage.loaded} saved listings read and validated in ${storage.load5000Ms.toFixed(1)} ms, their index in ${storage.index5000Ms.toFixed(1)} ms`,
  );

  const fixtures = pages.filter((p) => p.name.startsWith("fixture:"));
  const corpus = pages.filter((p) => p.name.startsWith("corpus:"));
  if (existsSync(".output/chrome-mv3-e2e/manifest.json")) {
    const ext = await benchExtension(fixtures, corpus);
    console.log("\n## The extension in Chromium (e2e build)\n");
    for (const i of ext.impacts) {
      console.log(
        `${i.name} (${i.kb.toFixed(0)} KB): script start → marks painted ${i.startToPaintedMs?.toFixed(1) ?? "n/a (not a listing)"} ms, extraction ${i.extractMs?.toFixed(1) ?? "n/a"} ms, longest main-thread task during the script's work ${i.longestTaskMs.toFixed(0)} ms (target: none over 50)`,
      );
    }
    for (const { n, times } of ext.popups)
      console.log(
        `popup with ${n.toLocaleString("en")} saved listings, script start → first saved item: best ${times.firstItemMs.toFixed(0)} ms, median ${times.firstItemMedianMs.toFixed(0)} ms of 7 (target < 100); its match line: median ${times.matchLineMs?.toFixed(0) ?? "none"} ms; from opening the page (bundle loading included): median ${times.fromOpeningMedianMs.toFixed(0)} ms`,
      );
    console.log(
      `popup after an update from the one-value (v2) layout, 1,000 listings moved first: ${ext.upgrade.firstItemMs.toFixed(0)} ms to the first item (once)`,
    );
  } else console.log("\n(run `npm run build:e2e` for the in-extension figures)");

  console.log("\n## Bundle sizes (gzipped KB)\n");
  // Every script of the Chrome build; the content script's target is ≤ 30 KB.
  const dir = ".output/chrome-mv3";
  if (!existsSync(dir)) console.log("n/a: run npm run build");
  else
    for (const file of [
      "background.js",
      "content-scripts/listing.js",
      ...readdirSync(`${dir}/chunks`).map((f) => `chunks/${f}`),
    ])
      console.log(`${file.padEnd(40)} ${gzippedKb(`${dir}/${file}`)}`);
}

main().catch((error) => {
  console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
