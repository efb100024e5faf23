// The content script's first stage decides, on every page of the sites, whether the reader loads.
// A listing it stops is lost, so its recall is checked on every listing page we have; a page it
// lets through costs a reading, so it should stop most pages that are not listings.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isProbablyListing } from "../../../lib/read/first-stage";
import { fixturesDir, sharedPath, sharedPresent, skipNote } from "../../shared-folder";
import { loadCases, type Case } from "../interpret/score";
import { parseHtml } from "../interpret/parse-html";

const listings = (cases: Case[]) => cases.filter((c) => c.expect.isListing === true);
const fixtureListings = listings(loadCases(fixturesDir));
const realListings = sharedPresent("real-pages") ? listings(loadCases(sharedPath("real-pages"))) : [];
const neutral = new URL("https://example.org/p/1");

/** The page without the cues a site may not give: a telling address, title or structured data. */
function labelsOnly(html: string): Document {
  const doc = parseHtml(html);
  for (const el of Array.from(doc.querySelectorAll('title, script[type="application/ld+json"]'))) el.remove();
  for (const el of Array.from(doc.querySelectorAll("[itemtype]"))) el.removeAttribute("itemtype");
  return doc;
}

describe("the first stage", () => {
  it("lets every listing fixture through at its own address", () => {
    expect(fixtureListings.length).toBeGreaterThan(20);
    const stopped = fixtureListings.filter((c) => !isProbablyListing(parseHtml(c.html), new URL(c.url)));
    expect(stopped.map((c) => c.id)).toEqual([]);
  });

  it(`lets every real listing page through at its own address${skipNote("real-pages")}`, (ctx) => {
    if (!realListings.length) return ctx.skip();
    const stopped = realListings.filter((c) => !isProbablyListing(parseHtml(c.html), new URL(c.url)));
    expect(stopped.map((c) => c.id)).toEqual([]);
  });

  it("knows most listings by their labels alone (no telling address, title or structured data)", () => {
    const known = fixtureListings.filter((c) => isProbablyListing(labelsOnly(c.html), neutral));
    expect(known.length / fixtureListings.length).toBeGreaterThanOrEqual(0.9);
  });

  it(`stops pages that are not listings, at a neutral address${skipNote("corpus/non-listings")}`, (ctx) => {
    if (!sharedPresent("corpus/non-listings")) return ctx.skip();
    const dir = sharedPath("corpus/non-listings");
    const pages = readdirSync(dir).filter((f) => f.endsWith(".html"));
    const through = pages.filter((f) => isProbablyListing(parseHtml(readFileSync(join(dir, f), "utf8")), neutral));
    expect(pages.length).toBeGreaterThan(20);
    expect(through).toEqual([]);
  });

  it("always reads a site's known listing addresses, and not its feed or searches", () => {
    const empty = parseHtml("<html><body><main><p>Laden…</p></main></body></html>");
    expect(isProbablyListing(empty, new URL("https://www.linkedin.com/jobs/view/4012345678/"))).toBe(true);
    expect(isProbablyListing(empty, new URL("https://www.linkedin.com/feed/"))).toBe(false);
    expect(isProbablyListing(empty, new URL("https://www.linkedin.com/messaging/thread/1/"))).toBe(false);
  });

  it("needs two kinds of listing label, or one requirements heading", () => {
    const page = (labels: string) => parseHtml(`<main><h1>Nieuws</h1>${labels}<p>tekst</p></main>`);
    expect(isProbablyListing(page("<h2>Tarief</h2>"), neutral)).toBe(false);
    expect(isProbablyListing(page("<h2>Tarief</h2><h2>Tarief</h2>"), neutral)).toBe(false);
    expect(isProbablyListing(page("<dt>Uurtarief</dt><dt>Startdatum</dt>"), neutral)).toBe(true);
    expect(isProbablyListing(page("<h3>Functie-eisen</h3>"), neutral)).toBe(true);
    expect(isProbablyListing(page("<p><strong>Wat breng je mee?</strong></p>"), neutral)).toBe(true);
  });

  it("reads each label on its own: across a line break, with accents, never into the next label", () => {
    const page = (labels: string) => parseHtml(`<main><h1>Nieuws</h1>${labels}<p>tekst</p></main>`);
    expect(isProbablyListing(page("<h2>Wat breng\n   jij mee?</h2>"), neutral)).toBe(true);
    expect(isProbablyListing(page("<h2>  Functie-éisen </h2>"), neutral)).toBe(true);
    // "Vergelijkbare opdrachten" is a label of its own kind only when it is the whole label...
    expect(isProbablyListing(page("<h2>Vergelijkbare opdrachten</h2><dt>Uurtarief</dt>"), neutral)).toBe(true);
    expect(isProbablyListing(page("<h2>Vergelijkbare opdrachten zoeken</h2><dt>Uurtarief</dt>"), neutral)).toBe(false);
    // ...and two labels never read as one: "Vergelijkbare" + "opdrachten", "Wat vragen" + "wij".
    expect(isProbablyListing(page("<b>Vergelijkbare</b><b>opdrachten</b><dt>Uurtarief</dt>"), neutral)).toBe(false);
    expect(isProbablyListing(page("<b>Wat vragen</b><b>wij</b>"), neutral)).toBe(false);
    // A label longer than a label is text, not a label.
    expect(isProbablyListing(page(`<h2>Eisen ${"en nog veel meer woorden ".repeat(3)}</h2>`), neutral)).toBe(false);
  });
});
