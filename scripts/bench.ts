// `npm run bench`: speed and size figures, printed as tables. Targets (from the issues):
// extraction ≥ 5× faster than Readability and within 5× of innerText on the median page, linear
// in page size; content script's first stage ≤ 6 KB gzipped; the extension's longest task on a page
// ≤ 50 ms and its CPU while a page mutates < 1 %; matching 20 requirements < 1 ms; 5,000 saved
// listings load.
import { existsSync } from "node:fs";
import { benchInChromium, summarise, type PageTiming } from "./bench/chromium-extract";
import { printBundleSizes } from "./bench/bundle-sizes";
import { benchExtension } from "./bench/extension";
import { printExtensionBench } from "./bench/extension-report";
import { benchMatcher, benchNodeExtract, benchStorage } from "./bench/node-lib";
import { benchPages } from "./bench/pages";
import { buildDirs } from "../tests/e2e/harness";

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
    `\n## Matching ${match.requirements} requirements (target < 1 ms): ${(match.perListingMs * 1000).toFixed(0)} µs per listing, ${(match.unseenMs * 1000).toFixed(0)} µs with texts never seen before, ${(match.firstMs * 1000).toFixed(0)} µs for the first listing in a fresh process (median of 5 processes; the matchListing call only, module import excluded: ${match.firstImportMs.toFixed(0)} ms)`,
  );

  const storage = benchStorage();
  console.log(
    `\n## Storage: ${storage.recordBytes} bytes per saved listing (record) + ${storage.headBytes} in the index; ${storage.loaded} saved listings read and validated in ${storage.load5000Ms.toFixed(1)} ms, their index in ${storage.index5000Ms.toFixed(1)} ms`,
  );

  const fixtures = pages.filter((p) => p.name.startsWith("fixture:"));
  const corpus = pages.filter((p) => p.name.startsWith("corpus:"));
  if (existsSync(`${buildDirs.e2e}/manifest.json`)) {
    console.log("\n## The extension in Chromium (e2e build)\n");
    printExtensionBench(await benchExtension(fixtures, corpus));
  } else console.log("\n(run `npm run build:e2e` for the in-extension figures)");

  console.log("\n## Bundle sizes (gzipped KB)\n");
  printBundleSizes(".output/chrome-mv3");
}

main().catch((error) => {
  console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
