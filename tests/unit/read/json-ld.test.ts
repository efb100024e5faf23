import { describe, expect, it } from "vitest";
import { readJsonLd } from "../../../lib/read/json-ld";
import { readMicrodata } from "../../../lib/read/microdata";
import { understandJob } from "../../../lib/interpret/structured-job";
import { parseHtml } from "../interpret/parse-html";

const script = (json: string) => `<script type="application/ld+json">${json}</script>`;
const page = (...scripts: string[]) => parseHtml(`<html><head>${scripts.join("")}</head><body></body></html>`);

describe("readJsonLd", () => {
  it("reads a JobPosting inside @graph, with salary range, Dutch times and the employer", () => {
    const doc = page(
      script(`{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"x"},{"@type":"JobPosting","title":"Data engineer",
        "datePosted":"2025-10-31T23:30:00Z","validThrough":"2025-11-28T12:00:00+01:00",
        "hiringOrganization":{"@type":"Organization","name":"Rijkswaterstaat"},
        "jobLocation":[{"@type":"Place","address":{"addressLocality":"Utrecht"}}],
        "baseSalary":{"@type":"MonetaryAmount","currency":"EUR","value":{"@type":"QuantitativeValue","minValue":85,"maxValue":"105","unitText":"HOUR"}}}]}`),
    );
    const { jobs: raw, types } = readJsonLd(doc);
    const jobs = raw.map(understandJob);
    expect(types).toContain("WebPage");
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({
      title: "Data engineer",
      client: "Rijkswaterstaat",
      location: "Utrecht",
      published: "2025-11-01", // 23:30 UTC is the next Dutch day
      deadline: "2025-11-28T12:00",
      rate: { min: 85, max: 105, currency: "EUR", per: "hour" },
    });
  });

  it("unwraps top-level arrays and survives a broken script next to a good one", () => {
    const doc = page(
      script("{ not json"),
      script(`[{"@type":"Organization","name":"A"},{"@type":["JobPosting"],"title":"B","validThrough":"2025-12-01"}]`),
    );
    const jobs = readJsonLd(doc).jobs.map(understandJob);
    expect(jobs.map((j) => j.title)).toEqual(["B"]);
    expect(jobs[0]?.deadline).toBe("2025-12-01");
  });

  it("decodes HTML entities some sites leave in their JSON-LD strings", () => {
    const doc = page(script(`{"@type":"JobPosting","title":"Membership Catalog &amp; Pricing"}`));
    expect(readJsonLd(doc).jobs.map(understandJob)[0]?.title).toBe("Membership Catalog & Pricing");
  });

  it("reads the description's HTML into text blocks, for pages that show nothing else", () => {
    const doc = page(
      script(
        `{"@type":"JobPosting","title":"X","description":"<p>You have:</p><ul><li>Five years of Go</li><li>Kafka</li></ul>"}`,
      ),
    );
    const blocks = readJsonLd(doc).jobs[0]?.description ?? [];
    expect(blocks.map((b) => [b.tag, b.text])).toEqual([
      ["p", "You have:"],
      ["li", "Five years of Go"],
      ["li", "Kafka"],
    ]);
  });

  it("ignores fields of the wrong type instead of guessing", () => {
    const doc = page(
      script(
        `{"@type":"JobPosting","title":42,"hiringOrganization":["x"],"baseSalary":{"value":"veel","unitText":"HOUR"}}`,
      ),
    );
    expect(readJsonLd(doc).jobs.map(understandJob)[0]).toMatchObject({ title: null, client: null, rate: null });
  });
});

describe("readMicrodata", () => {
  it("reads itemprops of a JobPosting, nested organisation and salary", () => {
    const doc = parseHtml(`<div itemscope itemtype="https://schema.org/JobPosting">
      <h1 itemprop="title">Project secretary</h1>
      <div itemprop="hiringOrganization" itemscope itemtype="https://schema.org/Organization"><span itemprop="name">Erasmus MC</span></div>
      <meta itemprop="datePosted" content="2024-09-02"><time itemprop="validThrough" datetime="2024-09-27">27 Sep</time>
      <div itemprop="baseSalary" itemscope itemtype="https://schema.org/MonetaryAmount"><meta itemprop="currency" content="EUR">
        <div itemprop="value" itemscope itemtype="https://schema.org/QuantitativeValue"><meta itemprop="minValue" content="3200"><meta itemprop="maxValue" content="3900"><meta itemprop="unitText" content="MONTH"></div></div>
    </div>`);
    expect(readMicrodata(doc).map(understandJob)[0]).toMatchObject({
      title: "Project secretary",
      client: "Erasmus MC",
      published: "2024-09-02",
      deadline: "2024-09-27",
      rate: { min: 3200, max: 3900, per: "month" },
    });
  });
});
