// The 39 real non-listing pages (news, blogs, wikis) stay non-listings and never throw; random
// mutations of fixtures never throw, always give a schema-valid Listing, and never turn a
// non-listing into a listing.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractListing } from "../../../lib/interpret/extract-listing";
import { listingSchema } from "../../../lib/model/listing";
import { parseHtml } from "./parse-html";
import { fixturesDir, sharedPath, sharedPresent, skipNote } from "../../shared-folder";
import { loadCases } from "./score";

// The corpus stays outside the repository (../shared/corpus/non-listings); without it these
// tests skip and say so in their names.
const CORPUS = "corpus/non-listings";
const hasCorpus = sharedPresent(CORPUS);
const corpus = hasCorpus
  ? readdirSync(sharedPath(CORPUS))
      .filter((f) => f.endsWith(".html"))
      .sort()
  : [];
const corpusPage = (file: string): string => readFileSync(join(sharedPath(CORPUS), file), "utf8");
const now = new Date("2025-03-01T12:00:00+01:00");

function urlOf(doc: Document, file: string): string {
  const fallback = `https://example.org/${file}`;
  try {
    return new URL(doc.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? fallback, fallback).href;
  } catch {
    return fallback;
  }
}

describe.skipIf(!hasCorpus)(`non-listing corpus${skipNote(CORPUS)}`, () => {
  it("has the 39 pages", () => expect(corpus.length).toBe(39));
  for (const file of corpus) {
    it(`${file} is no listing`, () => {
      const doc = parseHtml(corpusPage(file));
      const listing = extractListing(doc, { url: urlOf(doc, file), now });
      expect(listingSchema.safeParse(listing).success).toBe(true);
      expect(listing.isListing).toBe(false);
      expect(listing.status).toBe("unknown");
    });
  }
});

const op = fc.record({
  kind: fc.constantFrom("drop", "duplicate", "shuffle", "truncate", "garbage"),
  at: fc.nat(),
  text: fc.string({ maxLength: 40 }),
});

function mutate(html: string, ops: { kind: string; at: number; text: string }[]): Document {
  let source = html;
  for (const o of ops.filter((x) => x.kind === "truncate" || x.kind === "garbage")) {
    const at = o.at % (source.length + 1);
    source =
      o.kind === "truncate"
        ? source.slice(0, Math.max(at, source.length / 3))
        : source.slice(0, at) + o.text + source.slice(at);
  }
  const doc = parseHtml(source);
  const elements = Array.from(doc.body?.querySelectorAll("*") ?? []);
  for (const o of ops) {
    const el = elements[o.at % Math.max(elements.length, 1)];
    if (!el || !el.parentNode) continue;
    if (o.kind === "drop") el.remove();
    if (o.kind === "duplicate") el.parentNode.insertBefore(el.cloneNode(true), el);
    if (o.kind === "shuffle") for (const child of Array.from(el.children).reverse()) el.appendChild(child);
  }
  return doc;
}

describe("fuzzing", () => {
  // The five seed listings (tests/fixtures/<site>/seed-*), as before they moved into the repo.
  const listings = loadCases(fixturesDir).filter((c) => /\/seed-[^/]+\.json$/.test(c.name));
  const nonListings = [
    ...loadCases(fixturesDir).filter((c) => c.expect.isListing === false),
    ...(hasCorpus ? ["mozilla-2.html", "medium-2.html", "topicseed-1.html"] : []).map((f) => ({
      name: f,
      html: corpusPage(f),
      url: `https://example.org/${f}`,
      now: now.toISOString(),
      expect: { isListing: false },
    })),
  ];

  it("never throws and always yields a schema-valid Listing", () => {
    fc.assert(
      fc.property(fc.nat(listings.length - 1), fc.array(op, { maxLength: 6 }), (i, ops) => {
        const c = listings[i]!;
        const listing = extractListing(mutate(c.html, ops), { url: c.url, now: new Date(c.now) });
        expect(listingSchema.safeParse(listing).success).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it("never turns a non-listing into a listing", () => {
    fc.assert(
      fc.property(fc.nat(nonListings.length - 1), fc.array(op, { maxLength: 6 }), (i, ops) => {
        const c = nonListings[i]!;
        const listing = extractListing(mutate(c.html, ops), { url: c.url, now: new Date(c.now) });
        expect(listing.isListing).toBe(false);
      }),
      { numRuns: 30 },
    );
  });
});

describe("a result page still loading (found by the fuzz test)", () => {
  it("is no listing with only its first cards, and no result count or pagination yet", () => {
    const overview = loadCases(fixturesDir).find((c) => c.name.includes("overzicht-inhuuropdrachten"))!;
    const doc = parseHtml(overview.html.slice(0, overview.html.length / 3));
    doc.querySelector(".oo-results__bar")?.remove();
    expect(doc.querySelectorAll("article").length).toBeGreaterThanOrEqual(4);
    const listing = extractListing(doc, { url: overview.url, now: new Date(overview.now) });
    expect(listing.isListing).toBe(false);
  });
});
