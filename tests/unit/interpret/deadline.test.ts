// The deadline chosen among the page's closing moments: by label, place and source.
import { describe, expect, it } from "vitest";
import { extractListing } from "../../../lib/interpret/extract-listing";
import { parseHtml } from "./parse-html";

const NOW = new Date("2025-11-10T09:00:00+01:00");
const URL_ = "https://www.example-broker.nl/opdracht/adviseur-12345";

function read(body: string, head = "") {
  const html = `<html lang="nl"><head><title>Adviseur | Broker</title>${head}</head><body><main><h1>Adviseur ruimtelijke ordening</h1>
    <p>Voor onze opdrachtgever zoeken wij een adviseur. Je werkt 32 uur per week aan de omgevingsvisie.</p>${body}
    <h2>Eisen</h2><ul><li>Minimaal 5 jaar ervaring als adviseur</li><li>Afgeronde hbo-opleiding</li></ul></main></body></html>`;
  return extractListing(parseHtml(html), { url: URL_, now: NOW });
}
const jsonLd = (fields: string) =>
  `<script type="application/ld+json">{"@type":"JobPosting","title":"Adviseur",${fields}}</script>`;

describe("the deadline chosen, not taken", () => {
  it("takes what the page shows over JSON-LD validThrough, and keeps the other as overruled", () => {
    const l = read(
      "<p><strong>Sluitingsdatum:</strong> 20 november 2025 10:00 uur</p>",
      jsonLd(`"validThrough":"2026-01-31"`),
    );
    expect(l.deadline).toBe("2025-11-20T10:00");
    expect(l.provenance.deadline).toMatchObject({
      tier: "text",
      label: "Sluitingsdatum",
      overruled: { tier: "json-ld", value: "2026-01-31" },
    });
  });

  it("takes validThrough when the page shows no closing moment", () => {
    const l = read("<p>Start zo snel mogelijk.</p>", jsonLd(`"validThrough":"2025-12-01T17:00:00+01:00"`));
    expect(l.deadline).toBe("2025-12-01T17:00");
    expect(l.provenance.deadline?.tier).toBe("json-ld");
  });

  it("does not take validThrough that is the contract's end", () => {
    const l = read("<dl><dt>Einddatum</dt><dd>31 december 2026</dd></dl>", jsonLd(`"validThrough":"2026-12-31"`));
    expect(l.endDate).toBe("2026-12-31");
    expect(l.deadline).toBeNull();
  });

  it("prefers the closing of responses over a deadline for questions", () => {
    const l = read(
      "<table><tr><th>Deadline vragen</th><td>14 november 2025 12:00</td></tr><tr><th>Sluitingsdatum</th><td>24 november 2025 10:00</td></tr></table>",
    );
    expect(l.deadline).toBe("2025-11-24T10:00");
  });

  it("reads a time on the line after the date", () => {
    const l = read("<p><b>Reageren kan tot en met maandag 24 november 2025</b><br>10:00 uur</p>");
    expect(l.deadline).toBe("2025-11-24T10:00");
  });

  it("reads the closing moment in a sentence, without a year, forward from now", () => {
    const l = read("<p>De sluitingsdatum voor reacties is woensdag 26 november om 12.00 uur.</p>");
    expect(l.deadline).toBe("2025-11-26T12:00");
  });

  it("reads an English closing date with an ordinal day and a 12-hour time", () => {
    const l = read("<p>Closing date: 12th November 2025, 5pm</p>");
    expect(l.deadline).toBe("2025-11-12T17:00");
  });

  it("leaves the deadline out where the page has none", () => {
    expect(read("<p>Reageren kan via de knop hieronder.</p>").deadline).toBeNull();
  });

  it("keeps sidebar cards' closing dates out", () => {
    const l = read(
      "<aside><h3>Vergelijkbare opdrachten</h3><ul><li>Beleidsadviseur · Sluitingsdatum 21 november 2025</li></ul></aside>",
    );
    expect(l.deadline).toBeNull();
  });
});
