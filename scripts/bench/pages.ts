// The documents the bench runs on: the repo's fixtures (the seed pages among them) and, when
// ../shared is beside the repo, the non-listing corpus.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fixturesDir, sharedPath, sharedPresent } from "../../tests/shared-folder";

export interface BenchPage {
  name: string;
  url: string;
  now: string;
  html: string;
  bytes: number;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const path = join(dir, f);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

export function benchPages(): BenchPage[] {
  const pages: BenchPage[] = [];
  for (const html of walk(fixturesDir).filter((f) => f.endsWith(".html"))) {
    const truth = JSON.parse(readFileSync(html.replace(/\.html$/, ".json"), "utf8")) as { url: string; now: string };
    const text = readFileSync(html, "utf8");
    pages.push({
      name: html.replace(/^.*?fixtures\//, "fixture:"),
      url: truth.url,
      now: truth.now,
      html: text,
      bytes: text.length,
    });
  }
  const corpus = "corpus/non-listings";
  if (!sharedPresent(corpus)) console.log(`(no ${sharedPath(corpus)}: the bench runs on the fixtures only)`);
  const corpusPages = sharedPresent(corpus) ? walk(sharedPath(corpus)) : [];
  for (const html of corpusPages.filter((f) => f.endsWith(".html"))) {
    const text = readFileSync(html, "utf8");
    const name = html.replace(/^.*\//, "").replace(/\.html$/, "");
    pages.push({
      name: `corpus:${name}`,
      url: `https://www.example.org/${name}`,
      now: "2025-11-01T10:00:00+01:00",
      html: text,
      bytes: text.length,
    });
  }
  return pages;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
