// The user's site rules (issue 17) in lib/: an anchor taught from a pointed element, found again
// on another page of the site with other values and a slightly changed layout, not found where
// the label is gone; the interpreter preferring what a rule found (provenance "rule") and
// reporting a rule that found nothing; and the stored rules read with repair.
import { describe, expect, it } from "vitest";
import { anchorOf } from "../../../lib/rules/anchor";
import { findByAnchor } from "../../../lib/rules/find";
import { readPage } from "../../../lib/read/reader";
import { interpretReading } from "../../../lib/interpret/interpret";
import { ruleMisses } from "../../../lib/interpret/rule-draft";
import { mergeRules, readSiteRules, storedValue, withRule, withoutRules } from "../../../lib/rules/stored";
import type { SiteRule } from "../../../lib/model/site-rule";
import { parseHtml } from "../interpret/parse-html";

const now = new Date("2025-11-20T10:00:00+01:00");

function page(body: string): Document {
  return parseHtml(`<!doctype html><html lang="nl"><head><title>Opdracht</title></head><body>${body}</body></html>`);
}

const first = page(`
  <h1>Procesbegeleider sociaal domein</h1>
  <div class="facts">
    <div class="row"><span class="k">Uren</span><span class="v">32 uur per week</span></div>
    <div class="row"><span class="k">Laatste dag voor je cv</span><span class="v" id="value">vrijdag 12 december 2025</span></div>
    <div class="row"><span class="k">Gesprekken</span><span class="v">15 januari 2026</span></div>
  </div>
  <p>Hier letten we op</p>
  <ul id="eisen"><li>Minimaal 5 jaar ervaring als procesbegeleider</li><li>Afgeronde hbo-opleiding</li></ul>
  <p><b>Sluit:</b> 14 december 2025</p>`);

// The same site later: a row above, the label in a <strong>, the list wrapped, other values.
const second = page(`
  <h1>Organisatieadviseur</h1>
  <section><div class="facts">
    <div class="row"><span class="k">Referentie</span><span class="v">HK-2231</span></div>
    <div class="row"><strong class="k">Laatste dag voor je cv</strong><span class="v">9 januari 2026</span></div>
  </div></section>
  <p>Hier letten we op</p>
  <div class="box"><ul><li>Minimaal 3 jaar ervaring als adviseur</li><li>In bezit van VOG</li></ul></div>`);

// A <dl> that became a table: the label in a <th>, the value in a <td>.
const table = page(`
  <table><tr><th>Laatste dag voor je cv</th><td>2 februari 2026</td></tr></table>`);

describe("anchor", () => {
  it("anchors a value on the label before it and the tags from their common ancestor, no classes or positions", () => {
    const anchor = anchorOf(first.getElementById("value")!);
    expect(anchor).toEqual({
      label: "laatste dag voor je cv",
      shown: "Laatste dag voor je cv",
      labelTag: "span",
      relation: "after",
      up: 1,
      path: [{ tag: "span", role: null }],
    });
  });

  it("anchors a list on the heading before it, not on its first item", () => {
    const anchor = anchorOf(first.getElementById("eisen")!);
    expect(anchor).toMatchObject({ label: "hier letten we op", relation: "after", path: [{ tag: "ul", role: null }] });
  });

  it("anchors a value with its label inside its own element ('<b>Sluit:</b> 14 december')", () => {
    const p = first.querySelector("b")!.parentElement!;
    const anchor = anchorOf(p)!;
    expect(anchor).toMatchObject({ label: "sluit", relation: "inside", up: 1, labelTag: "b" });
    expect(findByAnchor(first, anchor)?.text).toBe("14 december 2025");
  });
});

describe("findByAnchor", () => {
  const deadline = anchorOf(first.getElementById("value")!)!;
  const eisen = anchorOf(first.getElementById("eisen")!)!;

  it("finds the value again on the page it was taught on", () => {
    expect(findByAnchor(first, deadline)?.text).toBe("vrijdag 12 december 2025");
  });

  it("finds it on another page of the site with a row added, the label's tag changed and a wrapper added", () => {
    expect(findByAnchor(second, deadline)?.text).toBe("9 januari 2026");
    expect(findByAnchor(second, eisen)?.element.textContent).toContain("In bezit van VOG");
  });

  it("finds it where the facts became a table", () => {
    expect(findByAnchor(table, deadline)?.text).toBe("2 februari 2026");
  });

  it("finds nothing where the label is gone, rather than guessing", () => {
    expect(findByAnchor(page("<p>Reageren graag zsm</p><p>12 december 2025</p>"), deadline)).toBeNull();
  });
});

describe("rules in the reading and the interpreter", () => {
  const deadline = anchorOf(first.getElementById("value")!)!;
  const eisen = anchorOf(first.getElementById("eisen")!)!;
  const rules = [
    { field: "deadline" as const, anchor: deadline },
    { field: "must" as const, anchor: eisen },
  ];

  it("without the rules the extractor misses this closing date; with them it reads it, as 'rule'", () => {
    const url = "https://www.hoofdkraan.nl/opdracht/1-procesbegeleider";
    const plain = interpretReading(readPage(second, url, { skipFirstStage: true }).reading, now);
    expect(plain.deadline).not.toBe("2026-01-09");
    const reading = readPage(second, url, { skipFirstStage: true, rules }).reading;
    expect(reading.rules).toHaveLength(2);
    const listing = interpretReading(reading, now);
    expect(listing.deadline).toBe("2026-01-09");
    expect(listing.provenance.deadline?.tier).toBe("rule");
    expect(listing.requirements.filter((r) => r.kind === "must").map((r) => r.text)).toEqual([
      "Minimaal 3 jaar ervaring als adviseur",
      "In bezit van VOG",
    ]);
    expect(ruleMisses(reading, listing)).toEqual([]);
  });

  it("reports a rule that found nothing, and one whose text does not read as its field", () => {
    const url = "https://www.hoofdkraan.nl/opdracht/2-teamcoach";
    const gone = page(`<h1>Teamcoach</h1>
      <div class="row"><span>Uren</span><span>32 uur per week</span></div>
      <div class="row"><span>Laatste dag voor je cv</span><span>in overleg</span></div>
      <p>Hier letten we op</p><ul><li>Minimaal 2 jaar ervaring als teamcoach</li><li>Afgeronde hbo-opleiding</li></ul>
      <p><a href="/reageren">Reageer op deze opdracht</a></p>`);
    const reading = readPage(gone, url, { skipFirstStage: true, rules }).reading;
    expect(reading.rules?.[0]).toMatchObject({ field: "deadline", text: "in overleg" });
    const listing = interpretReading(reading, now);
    expect(listing.isListing).toBe(true);
    expect(ruleMisses(reading, listing)).toEqual(["deadline"]);
    const none = page(`<h1>Teamcoach</h1><p>Niets</p>`);
    const empty = readPage(none, url, { skipFirstStage: true, rules }).reading;
    expect(empty.rules?.map((r) => r.text)).toEqual([null, null]);
    expect(ruleMisses(empty, interpretReading(empty, now))).toEqual(["deadline", "must"]);
  });
});

describe("stored rules", () => {
  const rule = (host: string, field: SiteRule["field"], label = "sluitingsdatum"): SiteRule => ({
    host,
    field,
    anchor: { label, labelTag: "dt", relation: "after", up: 1, path: [{ tag: "dd", role: null }] },
    sample: "12 dec 2025",
    createdAt: "2025-11-20T09:00:00.000Z",
  });

  it("reads every rule on its own: a bad one is reported and kept as it was, never wiped", () => {
    const bad = { host: "EVIL host", field: "deadline" };
    const read = readSiteRules([rule("a.nl", "deadline"), bad, rule("b.nl", "must")]);
    expect(read.rules.map((r) => r.host)).toEqual(["a.nl", "b.nl"]);
    expect(read.unreadable).toEqual([bad]);
    expect(read.problems).toHaveLength(1);
    expect(read.problems[0]).toMatch(/^siteRules\[1\]/);
    expect(storedValue(read.rules, read.unreadable)).toEqual([rule("a.nl", "deadline"), rule("b.nl", "must"), bad]);
    expect(readSiteRules("{not json").problems).toEqual(["siteRules: not JSON"]);
    expect(readSiteRules(undefined)).toEqual({ rules: [], unreadable: [], problems: [] });
  });

  it("refuses an anchor with a class, an nth-child step or an over-long path", () => {
    const withClass = { ...rule("a.nl", "rate"), anchor: { ...rule("a.nl", "rate").anchor, labelTag: "dt.price" } };
    const long = {
      ...rule("a.nl", "rate"),
      anchor: { ...rule("a.nl", "rate").anchor, path: Array(9).fill({ tag: "div", role: null }) },
    };
    const nth = {
      ...rule("a.nl", "rate"),
      anchor: { ...rule("a.nl", "rate").anchor, path: [{ tag: "li:nth-child(3)", role: null }] },
    };
    expect(readSiteRules([withClass, long, nth]).rules).toEqual([]);
  });

  it("keeps one rule per site and field; removes one, or all of a site; merges a backup's, the backup's winning", () => {
    let rules = withRule([], rule("a.nl", "deadline"));
    rules = withRule(rules, rule("a.nl", "deadline", "reageren voor"));
    rules = withRule(rules, rule("a.nl", "must"));
    rules = withRule(rules, rule("b.nl", "deadline"));
    expect(rules.map((r) => `${r.host} ${r.field} ${r.anchor.label}`)).toEqual([
      "a.nl deadline reageren voor",
      "a.nl must sluitingsdatum",
      "b.nl deadline sluitingsdatum",
    ]);
    expect(withoutRules(rules, "a.nl", "must").map((r) => `${r.host} ${r.field}`)).toEqual([
      "a.nl deadline",
      "b.nl deadline",
    ]);
    expect(withoutRules(rules, "a.nl").map((r) => r.host)).toEqual(["b.nl"]);
    const merged = mergeRules(rules, [rule("a.nl", "deadline", "deadline")]);
    expect(merged.find((r) => r.host === "a.nl" && r.field === "deadline")?.anchor.label).toBe("deadline");
    expect(merged).toHaveLength(3);
  });
});
