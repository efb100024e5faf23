// Extraction speed in Chromium, per page: the reader (what the content script runs on the page's
// main thread) against two yardsticks on the same document in the same run: one read of the
// page's text (innerText, the floor) and Mozilla Readability's parse() on a clone (what a "clip
// this page" add-on runs); and the interpreter on the reading (what the worker runs, off the
// page's thread). performance.now() is coarse (0.1 ms), so each figure is the mean of repeated runs.
import { chromium, type Page } from "playwright-core";
import { bundleForBrowser } from "./bundle";
import { median, type BenchPage } from "./pages";

export interface PageTiming {
  name: string;
  kb: number;
  innerText: number;
  /** The first innerText read after load, which pays for style and layout: what a script pays once. */
  innerTextFirst: number;
  readability: number;
  /** The reader, in the page. */
  extract: number;
  /** The interpreter, on the reader's output (the worker's share). */
  interpret: number;
  isListing: boolean;
}

async function timeInPage(page: Page, url: string, now: string): Promise<Omit<PageTiming, "name" | "kb">> {
  return page.evaluate(
    ({ url, now }) => {
      const w = window as unknown as {
        OR: { readPage(d: Document, url: string): { reading: unknown } };
        IN: { interpretReading(r: unknown, now: Date): { isListing: boolean } };
        RD: { Readability: new (d: Document) => { parse(): unknown } };
      };
      const mean = (fn: () => void): number => {
        fn(); // warm-up (and the first layout for innerText)
        let n = 0;
        const start = performance.now();
        do {
          fn();
          n++;
        } while (performance.now() - start < 100 && n < 300);
        return (performance.now() - start) / n;
      };
      const first = performance.now();
      void document.body.innerText;
      const innerTextFirst = performance.now() - first;
      const at = new Date(now);
      let reading: unknown = null;
      const extract = mean(() => {
        reading = w.OR.readPage(document, url).reading;
      });
      let isListing = false;
      const interpret = mean(() => {
        isListing = w.IN.interpretReading(reading, at).isListing;
      });
      const innerText = mean(() => void document.body.innerText);
      const readability = mean(() => void new w.RD.Readability(document.cloneNode(true) as Document).parse());
      return { extract, interpret, innerText, innerTextFirst, readability, isListing };
    },
    { url, now },
  );
}

export async function benchInChromium(pages: BenchPage[]): Promise<{ rows: PageTiming[]; scaling: PageTiming[] }> {
  const extractor = await bundleForBrowser("lib/read/reader.ts", "OR");
  const interpreter = await bundleForBrowser("lib/interpret/interpret.ts", "IN");
  const readability = await bundleForBrowser("node_modules/@mozilla/readability/index.js", "RD");
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu"],
  });
  // Page scripts off: the documents are measured as parsed, without their own code running.
  const context = await browser.newContext({ javaScriptEnabled: false });
  // tsx names functions with an `__name` helper; functions sent to the page need it too.
  const defineNameHelper = "globalThis.__name = (f) => f";
  const page = await context.newPage();
  await page.route(/^https?:/, (route) => route.abort());
  const rows: PageTiming[] = [];
  const load = async (html: string) => {
    await page.setContent(html, { waitUntil: "domcontentloaded" });
    await page.evaluate(defineNameHelper);
    await page.evaluate(extractor);
    await page.evaluate(interpreter);
    await page.evaluate(readability);
  };
  for (const p of pages) {
    await load(p.html);
    rows.push({ name: p.name, kb: p.bytes / 1024, ...(await timeInPage(page, p.url, p.now)) });
  }
  // Linear growth: the same page, and the same page with its body repeated ten times.
  const scaling: PageTiming[] = [];
  for (const p of [pages.find((x) => x.name.includes("kbenp"))!, pages.reduce((a, b) => (a.bytes > b.bytes ? a : b))]) {
    await load(p.html);
    scaling.push({ name: `${p.name} ×1`, kb: p.bytes / 1024, ...(await timeInPage(page, p.url, p.now)) });
    await page.evaluate(() => {
      const body = document.body;
      const original = [...body.childNodes];
      for (let i = 0; i < 9; i++) original.forEach((n) => body.append(n.cloneNode(true)));
    });
    scaling.push({ name: `${p.name} ×10`, kb: (p.bytes * 10) / 1024, ...(await timeInPage(page, p.url, p.now)) });
  }
  await browser.close();
  return { rows, scaling };
}

export function summarise(rows: PageTiming[]) {
  const m = (k: "innerText" | "innerTextFirst" | "readability" | "extract" | "interpret") =>
    median(rows.map((r) => r[k]));
  return {
    innerText: m("innerText"),
    innerTextFirst: m("innerTextFirst"),
    readability: m("readability"),
    extract: m("extract"),
    interpret: m("interpret"),
  };
}
