// Safe at the edge: when a site's layout changes the adapter fails, the generic extractor fills
// in and the listing says so ("degraded"), instead of passing silently with empty fields.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractListing } from "../../../lib/interpret/extract-listing";
import { fixturesDir } from "../../shared-folder";
import { parseHtml } from "./parse-html";

const html = readFileSync(join(fixturesDir, "bijoranje/seed-bijoranje-utrecht.html"), "utf8");
const url = "https://www.bijoranje.nl/opdrachten/procesbegeleider-leiderschap-ontwikkeling-concerndirectie-utrecht/";
const now = new Date("2025-11-01T10:00:00+01:00");

describe("adapter failure", () => {
  it("is ok on the page as the site serves it", () => {
    const listing = extractListing(parseHtml(html), { url, now });
    expect(listing.adapter).toBe("bijoranje");
    expect(listing.health.state).toBe("ok");
  });

  it("falls back to the generic extractor and reports degraded when the layout changed", () => {
    // the site renamed its hero classes
    const changed = html
      .replaceAll("opdracht-hero", "vacancy-top")
      .replaceAll('class="opdracht-meta"', 'class="facts"');
    const listing = extractListing(parseHtml(changed), { url, now });
    expect(listing.health.state).toBe("degraded");
    expect(listing.health.message).toMatch(/veranderd/);
    expect(listing.isListing).toBe(true);
    expect(listing.deadline).toBe("2025-11-12");
    expect(listing.rate?.max).toBe(130);
  });
});
