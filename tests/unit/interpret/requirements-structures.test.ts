// Requirement structures beyond "lead-in + list": lead-ins as items of one nested list, eisen and
// wensen side by side in a table, the kind by an item's icon or a legend's symbols, and lead-ins
// or items that say "pré" in the middle of a sentence. Wording of our own, no fixture's sentences.
import { describe, expect, it } from "vitest";
import { readBlocks, type Block } from "../../../lib/read/blocks";
import { classifyLeadIn } from "../../../lib/dutch/lead-ins";
import { isLegend, legendSymbols } from "../../../lib/interpret/requirement-item";
import { readRequirements } from "../../../lib/interpret/requirements";
import { parseHtml } from "./parse-html";

const pairs = (html: string) =>
  readRequirements(readBlocks(parseHtml(`<html><body><main>${html}</main></body></html>`))).map((r) => [
    r.kind,
    r.text,
  ]);

describe("a nested list whose top items are lead-ins", () => {
  it("takes the sub-items under 'Noodzakelijk' / 'Extra pluspunten' items with their kinds", () => {
    expect(
      pairs(`<h3>Jouw bagage</h3><ul>
        <li><b>Noodzakelijke eisen</b><ul><li>Een hbo-diploma in de bouwkunde.</li><li>Zes jaar ervaring als werkvoorbereider.</li></ul></li>
        <li><b>Extra pluspunten</b><ul><li>Kennis van BIM-modellen.</li></ul></li></ul>
        <h3>Ons aanbod</h3><ul><li>Een auto van de zaak.</li></ul>`),
    ).toEqual([
      ["must", "Een hbo-diploma in de bouwkunde."],
      ["must", "Zes jaar ervaring als werkvoorbereider."],
      ["nice", "Kennis van BIM-modellen."],
    ]);
  });

  it("opens a list from such an item without any heading before it", () => {
    expect(
      pairs(`<p>Wij zoeken een planner voor de regio Twente.</p><ul>
        <li>Wensen:<ul><li>Ervaring met Primavera.</li><li>Een VCA-diploma.</li></ul></li></ul>`),
    ).toEqual([
      ["nice", "Ervaring met Primavera."],
      ["nice", "Een VCA-diploma."],
    ]);
  });

  it("a short bold item of unknown words groups its sub-items when they read as demands", () => {
    expect(
      pairs(`<h2>Eisen</h2><ul><li><strong>Techniek</strong><ul><li>Vijf jaar ervaring met Kotlin.</li>
        <li>Kennis van Kubernetes.</li></ul></li><li><strong>Bonus</strong><ul><li>Ervaring met Flutter.</li></ul></li></ul>`),
    ).toEqual([
      ["must", "Vijf jaar ervaring met Kotlin."],
      ["must", "Kennis van Kubernetes."],
      ["nice", "Ervaring met Flutter."],
    ]);
  });

  it("a long item keeps its sub-list as details", () => {
    expect(
      pairs(`<h2>Eisen</h2><ul><li>Je kunt aanwezig zijn op de werksessies in het voorjaar, namelijk op de volgende data:
        <ul><li>12 maart</li><li>9 april</li></ul></li><li>Kennis van de Omgevingswet.</li></ul>`),
    ).toEqual([
      ["must", "Je kunt aanwezig zijn op de werksessies in het voorjaar, namelijk op de volgende data:"],
      ["must", "Kennis van de Omgevingswet."],
    ]);
  });

  it("skips the sub-items of an item that names the offer", () => {
    expect(
      pairs(`<h2>Profiel</h2><ul><li>Eisen<ul><li>Een mbo-4 diploma logistiek.</li></ul></li>
        <li>Wij bieden<ul><li>Een goed salaris.</li></ul></li></ul>`),
    ).toEqual([["must", "Een mbo-4 diploma logistiek."]]);
  });
});

describe("tables whose header names the kinds", () => {
  it("reads two columns 'Eisen' | 'Wensen' as two lists, not the sentence above", () => {
    expect(
      pairs(`<h2>Eisen en wensen</h2><p>Aan alle eisen moet je voldoen; de wensen tellen mee in de score.</p>
        <table><thead><tr><th>Eisen</th><th>Wensen</th></tr></thead><tbody>
        <tr><td>Een wo-diploma rechten.</td><td>Ervaring bij een provincie.</td></tr>
        <tr><td>Drie jaar ervaring met inkoop.</td><td></td></tr></tbody></table>
        <h2>Procedure</h2><p>De gesprekken zijn in week 3.</p>`),
    ).toEqual([
      ["must", "Een wo-diploma rechten."],
      ["nice", "Ervaring bij een provincie."],
      ["must", "Drie jaar ervaring met inkoop."],
    ]);
  });

  it("reads marks under 'Eis' | 'Wens' columns as the row's kind", () => {
    expect(
      pairs(`<table><tr><th>Criterium</th><th>Eis</th><th>Wens</th></tr>
        <tr><td>Kennis van SAP FI.</td><td>x</td><td></td></tr><tr><td>Ervaring met S/4HANA.</td><td></td><td>x</td></tr></table>`),
    ).toEqual([
      ["must", "Kennis van SAP FI."],
      ["nice", "Ervaring met S/4HANA."],
    ]);
  });

  it("reads the cell beside a row header 'Eisen' or 'Wensen'", () => {
    expect(
      pairs(`<table><tr><th>Eisen</th><td>Een hbo-diploma.<br>Ervaring met Jira.</td></tr>
        <tr><th>Wensen</th><td>Kennis van SAFe.</td></tr></table>`),
    ).toEqual([
      ["must", "Een hbo-diploma."],
      ["must", "Ervaring met Jira."],
      ["nice", "Kennis van SAFe."],
    ]);
  });
});

describe("the kind by an icon or a legend", () => {
  const block = (text: string, hint: string | null = null, listDepth = 1): Block => ({
    tag: listDepth ? "li" : "p",
    text,
    heading: 0,
    bold: false,
    listDepth,
    listType: listDepth ? "ul" : null,
    cell: null,
    hint,
    chrome: false,
    link: null,
  });

  it("takes the kind from the label of an item's icon (the block's hint)", () => {
    const blocks = [
      { ...block("Wie we zoeken", null, 0), heading: 2 },
      block("Vier jaar ervaring met Power BI.", "Verplicht"),
      block("Kennis van DAX.", "Optioneel"),
      block("Een hbo-diploma.", null),
    ];
    expect(readRequirements(blocks).map((r) => [r.kind, r.text])).toEqual([
      ["must", "Vier jaar ervaring met Power BI."],
      ["nice", "Kennis van DAX."],
      ["must", "Een hbo-diploma."],
    ]);
  });

  it("takes the kind from symbols a legend explains, and leaves the legend out", () => {
    expect(
      pairs(`<h2>Wat we vragen</h2><p>★ = eis · ☆ = wens</p>
        <ul><li>★ Een rijbewijs B.</li><li>☆ Ervaring met Revit.</li></ul>`),
    ).toEqual([
      ["must", "Een rijbewijs B."],
      ["nice", "Ervaring met Revit."],
    ]);
    expect(legendSymbols("■ verplicht □ optioneel")).toEqual(
      new Map([
        ["■", "must"],
        ["□", "nice"],
      ]),
    );
    expect(isLegend("verplicht · optioneel")).toBe(true);
    expect(isLegend("Ervaring met Revit is verplicht")).toBe(false);
  });
});

describe("wishes said in the middle of a line", () => {
  it("a line ending in ':' that says 'een pré' or 'een voordeel' opens a list of wishes", () => {
    expect(classifyLeadIn("Het is een voordeel als je:")).toBe("nice");
    expect(
      pairs(`<h2>Eisen</h2><ul><li>Een wo-diploma economie.</li></ul><p>Het strekt tot aanbeveling als je:</p>
        <ul><li>ervaring hebt met grondexploitaties;</li><li>de Wet ruimtelijke ordening kent.</li></ul>`),
    ).toEqual([
      ["must", "Een wo-diploma economie."],
      ["nice", "ervaring hebt met grondexploitaties;"],
      ["nice", "de Wet ruimtelijke ordening kent."],
    ]);
  });

  it("Flemish 'is een troef' / 'is een meerwaarde' make an item a wish; a plain line stays an item", () => {
    expect(
      pairs(`<h2>Profiel</h2><ul><li>Je hebt een bachelor in de boekhouding.</li>
        <li>Rijervaring met een bestelwagen is een troef.</li><li>Kennis van Exact Online vormt een meerwaarde.</li></ul>`),
    ).toEqual([
      ["must", "Je hebt een bachelor in de boekhouding."],
      ["nice", "Rijervaring met een bestelwagen is een troef."],
      ["nice", "Kennis van Exact Online vormt een meerwaarde."],
    ]);
    expect(
      pairs(`<h2>Eisen</h2><p>Je hebt een bachelor in de boekhouding.</p><p>Ervaring met Exact is een pluspunt.</p>
        <p>Je hebt een geldig rijbewijs B.</p>`),
    ).toEqual([
      ["must", "Je hebt een bachelor in de boekhouding."],
      ["nice", "Ervaring met Exact is een pluspunt."],
      ["must", "Je hebt een geldig rijbewijs B."],
    ]);
  });

  it("a question lead-in for what you need, then one for what makes you stronger", () => {
    expect(
      pairs(`<h2>Wat heb jij nodig?</h2><ul><li>Een mbo-diploma elektrotechniek.</li><li>Je spreekt vloeiend Nederlands.</li>
        <li>Je bent bereid tot ploegendienst.</li></ul><h2>Hiermee sta je extra sterk</h2><ul><li>Een NEN 3140-certificaat.</li></ul>`),
    ).toEqual([
      ["must", "Een mbo-diploma elektrotechniek."],
      ["must", "Je spreekt vloeiend Nederlands."],
      ["must", "Je bent bereid tot ploegendienst."],
      ["nice", "Een NEN 3140-certificaat."],
    ]);
  });
});
