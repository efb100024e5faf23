import { describe, expect, it } from "vitest";
import { readBlocks } from "../../../lib/extract/page-text";
import { classifyHeading } from "../../../lib/extract/requirement-headings";
import { readRequirements } from "../../../lib/extract/requirements";
import { parseHtml } from "./parse-html";

const read = (html: string) =>
  readRequirements(readBlocks(parseHtml(`<html><body><main>${html}</main></body></html>`))).map((r) => ({
    kind: r.kind,
    text: r.text,
    label: r.label,
    weight: r.weight,
  }));

describe("classifyHeading", () => {
  it.each([
    ["Eisen", "must"],
    ["Knock-out criteria", "must"],
    ["Harde eisen", "must"],
    ["Must haves", "must"],
    ["Functie-eisen", "must"],
    ["Vereisten", "must"],
    ["Requirements", "must"],
    ["Wensen", "nice"],
    ["Pré's", "nice"],
    ["Gunningscriteria", "nice"],
    ["Nice to haves", "nice"],
    ["Wensen en competenties", "nice"],
    ["Eisen en wensen", "mixed"],
    ["CV-eisen", null],
    ["Wie ben jij?", null],
    ["Organisatie en team", null],
  ])("%s → %s", (heading, kind) => expect(classifyHeading(heading)).toBe(kind));
});

describe("readRequirements", () => {
  it("takes list items under eisen and wensen headings, nested lists as details", () => {
    const items = read(`<h2>Omschrijving</h2><ul><li>Je begeleidt teams</li></ul>
      <h2>Eisen</h2><ul><li>Minimaal 5 jaar ervaring.</li><li>Beschikbaarheid:<ul><li>3 december</li></ul></li></ul>
      <h2>Wensen</h2><ul><li>Ervaring met Agile.</li></ul><h2>Arbeidsvoorwaarden</h2><ul><li>Goed salaris</li></ul>`);
    expect(items.map((i) => [i.kind, i.text])).toEqual([
      ["must", "Minimaal 5 jaar ervaring."],
      ["must", "Beschikbaarheid:"],
      ["nice", "Ervaring met Agile."],
    ]);
  });

  it("reads E1/W1 labels and weights, and the label decides the kind", () => {
    const items = read(
      `<h3>Knock-outcriteria</h3><ol><li>E1 Een hbo-opleiding.</li></ol><h3>Wensen</h3><ol><li>W1 (30 punten) Kennis van BPMN.</li></ol>`,
    );
    expect(items).toEqual([
      { kind: "must", text: "Een hbo-opleiding.", label: "E1", weight: null },
      { kind: "nice", text: "Kennis van BPMN.", label: "W1", weight: "30 punten" },
    ]);
  });

  it("splits a mixed section by its legend: numbered = eisen, bullets = wensen", () => {
    const items = read(
      `<p><strong>Functie eisen (1) en -wensen (•)</strong></p><ol><li>Hbo-opleiding.</li></ol><ul><li>Ervaring met Scrum.</li></ul>`,
    );
    expect(items.map((i) => i.kind)).toEqual(["must", "nice"]);
  });

  it("reads table rows with a number and a weight column", () => {
    const items = read(`<h2>Wensen</h2><table><tr><th>Nr.</th><th>Omschrijving</th><th>Weging</th></tr>
      <tr><td>1</td><td>Ervaring met aanbestedingen.</td><td>40%</td></tr><tr><td>2</td><td>Kennis van GIBIT.</td><td>25%</td></tr></table>`);
    expect(items).toEqual([
      { kind: "nice", text: "Ervaring met aanbestedingen.", label: null, weight: "40%" },
      { kind: "nice", text: "Kennis van GIBIT.", label: null, weight: "25%" },
    ]);
  });

  it("reads numbered lines in a paragraph, not a bold lead-in inside a paragraph", () => {
    expect(read(`<h2>Eisen</h2><p>1. Een hbo-diploma;<br>2. Drie jaar ervaring.</p>`).map((i) => i.text)).toEqual([
      "Een hbo-diploma;",
      "Drie jaar ervaring.",
    ]);
    expect(read(`<p><strong>Competenties</strong><br>1. Je bent strategisch.</p>`)).toEqual([]);
  });

  it("gives stable ids", () => {
    const html = `<h2>Eisen</h2><ul><li>Minimaal 5 jaar ervaring.</li></ul>`;
    const a = readRequirements(readBlocks(parseHtml(html)));
    const b = readRequirements(readBlocks(parseHtml(html)));
    expect(a[0]?.id).toBe(b[0]?.id);
    expect(a[0]?.id).toMatch(/^must-/);
  });
});
