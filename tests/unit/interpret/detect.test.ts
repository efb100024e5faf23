import { describe, expect, it } from "vitest";
import { isProbablyListing } from "../../../lib/read/first-stage";
import { judgeListing, type Evidence } from "../../../lib/interpret/listing-judgement";
import { closedNotice, decideStatus } from "../../../lib/interpret/status";
import { readBlocks } from "../../../lib/read/blocks";
import { jobSectionKinds } from "../../../lib/interpret/job-sections";
import { parseHtml } from "./parse-html";

const base: Evidence = {
  adapterOk: false,
  jobPostings: 0,
  articleTypes: false,
  url: new URL("https://example.org/x/y"),
  textFields: 0,
  requirements: 0,
  applyButton: false,
  overview: false,
  jobSections: 0,
};

describe("isProbablyListing", () => {
  it("says no to a plain article and yes to listing signals", () => {
    const article = parseHtml("<title>Weather news</title><h1>Storm</h1><p>It rains.</p>");
    expect(isProbablyListing(article, new URL("https://news.example/2025/storm"))).toBe(false);
    const ld = parseHtml(`<script type="application/ld+json">{"@type":"JobPosting"}</script>`);
    expect(isProbablyListing(ld, new URL("https://example.org/a"))).toBe(true);
    expect(isProbablyListing(article, new URL("https://example.org/opdrachten/adviseur-wmo"))).toBe(true);
    const labels = parseHtml("<h1>x</h1><dl><dt>Sluitingsdatum</dt><dd>1 mei</dd><dt>Tarief</dt><dd>€ 90</dd></dl>");
    expect(isProbablyListing(labels, new URL("https://example.org/a"))).toBe(true);
  });
});

describe("job sections", () => {
  const kinds = (html: string) => jobSectionKinds(readBlocks(parseHtml(`<main>${html}</main>`)));

  it("counts the sections a reader knows a job by, in Dutch, English and German", () => {
    expect(kinds("<h2>Wat ga je doen?</h2><p>x</p><h2>Wie ben jij?</h2><h2>Wat bieden wij</h2><p>y</p>")).toBe(2);
    expect(kinds("<h3>Responsibilities</h3><p>x</p><h3>Requirements</h3><ul><li>y</li></ul><h3>Benefits</h3>")).toBe(3);
    expect(kinds("<h2>Deine Aufgaben</h2><p>x</p><h2>Dein Skillset:</h2><p>y</p><h2>Wir bieten</h2>")).toBe(3);
    expect(kinds("<dl><dt>Employment type</dt><dd>Full-time</dd></dl><p><b>Wat wij jou bieden</b></p>")).toBe(2);
  });

  it("finds none in an article or a home page", () => {
    expect(kinds("<h1>Storm op komst</h1><p>Het gaat waaien.</p><h2>Meer nieuws</h2><p>x</p>")).toBe(0);
    expect(kinds("<h2>Over ons</h2><p>x</p><h2>Contact</h2><p>y</p>")).toBe(0);
  });

  it("weighs in the verdict: a page that describes one job is a listing without labels or JSON-LD", () => {
    expect(judgeListing({ ...base, jobSections: 3 })).toBe(true);
    expect(judgeListing({ ...base, jobSections: 1 })).toBe(false);
    expect(judgeListing({ ...base, jobSections: 3, overview: true })).toBe(false);
  });
});

describe("judgeListing", () => {
  it("weighs the evidence", () => {
    expect(judgeListing(base)).toBe(false);
    expect(judgeListing({ ...base, jobPostings: 1 })).toBe(true);
    expect(judgeListing({ ...base, requirements: 3, applyButton: true })).toBe(true);
    expect(judgeListing({ ...base, textFields: 3, overview: true })).toBe(false);
    expect(
      judgeListing({ ...base, jobPostings: 1, url: new URL("https://example.org/blog/eisen"), articleTypes: true }),
    ).toBe(false);
  });
});

describe("status", () => {
  const now = new Date("2025-03-18T10:00:00+01:00");
  it("is closed when the page says so, in the main content only", () => {
    expect(closedNotice(readBlocks(parseHtml("<main><p>Helaas, deze vacature is niet actief.</p></main>")))).toMatch(
      /niet actief/,
    );
    expect(
      closedNotice(readBlocks(parseHtml("<main><p>Goed nieuws! De opdracht is nog geopend</p></main>"))),
    ).toBeNull();
    expect(closedNotice(readBlocks(parseHtml("<aside><p>Deze opdracht is gesloten</p></aside>")))).toBeNull();
  });
  it("is closed after the deadline, open before, unknown on non-listings", () => {
    expect(decideStatus(true, null, "2025-03-03", now)).toBe("closed");
    expect(decideStatus(true, null, "2025-03-18", now)).toBe("open");
    expect(decideStatus(true, null, "2025-03-18T09:00", now)).toBe("closed");
    expect(decideStatus(false, null, null, now)).toBe("unknown");
  });
});
