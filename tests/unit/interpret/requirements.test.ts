import { describe, expect, it } from "vitest";
import { readBlocks } from "../../../lib/read/blocks";
import { classifyHeading, classifyLeadIn } from "../../../lib/dutch/lead-ins";
import { readRequirements } from "../../../lib/interpret/requirements";
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

// Requirements by structure: each kind of lead-in and item the issue names, in wording that no
// fixture uses (the rules must not know one page's words).
describe("readRequirements by structure", () => {
  const pairs = (html: string) => read(html).map((i) => [i.kind, i.text]);

  it("a bold <strong> line as lead-in", () => {
    expect(
      pairs(`<p>Wij zoeken een collega.</p><p><strong>Functie-eisen:</strong></p>
        <ul><li>Afgeronde wo-opleiding bestuurskunde.</li><li>Vier jaar ervaring in het sociaal domein.</li></ul>
        <p>Wij zien je reactie graag tegemoet.</p>`),
    ).toEqual([
      ["must", "Afgeronde wo-opleiding bestuurskunde."],
      ["must", "Vier jaar ervaring in het sociaal domein."],
    ]);
  });

  it("a plain <p> lead-in ending in a colon, and a <div> one; the list ends where the text goes on", () => {
    const html = `<p>Van jou vragen wij:</p><ul><li>Een hbo-diploma in de richting ICT.</li><li>Ervaring met ServiceNow.</li></ul>
      <div>Je komt te werken in een hecht team.</div><ul><li>Een leuk team</li><li>Gratis lunch</li></ul>`;
    expect(pairs(html)).toEqual([
      ["must", "Een hbo-diploma in de richting ICT."],
      ["must", "Ervaring met ServiceNow."],
    ]);
    expect(
      pairs(`<div>Wat we zoeken:</div><ul><li>Minimaal 3 jaar ervaring als tester.</li><li>Kennis van TMap.</li></ul>`),
    ).toEqual([
      ["must", "Minimaal 3 jaar ervaring als tester."],
      ["must", "Kennis van TMap."],
    ]);
  });

  it("an unknown lead-in with a colon opens a list only when its items read as demands", () => {
    expect(
      pairs(`<p>Dit moet je echt kunnen:</p><ul><li>Je hebt minimaal 5 jaar ervaring met Oracle.</li>
        <li>Je bent in het bezit van een VCA-certificaat.</li><li>Kennis van de Arbowet.</li></ul>`).map((p) => p[0]),
    ).toEqual(["must", "must", "must"]);
    expect(
      read(`<p>Jouw dag ziet er zo uit:</p><ul><li>Je start met een stand-up.</li><li>Daarna bouw je aan dashboards.</li>
        <li>Je sluit af met een demo.</li></ul>`),
    ).toEqual([]);
  });

  it("<br>-joined coded items E1..E4 and W1..W3 with weights under one bold lead-in", () => {
    const items =
      read(`<p><strong>Eisen en wensen</strong><br>E1 Hbo werk- en denkniveau.<br>E2 Minimaal 5 jaar ervaring als architect.<br>
      E3 Kennis van TOGAF.<br>E4 Beschikbaar per 1 februari.<br>W1 Ervaring bij een waterschap (40%)<br>
      W2 Kennis van ArchiMate (35%)<br>W3 Ervaring met BIV-classificatie (25%)</p>`);
    expect(items.map((i) => [i.label, i.kind, i.weight])).toEqual([
      ["E1", "must", null],
      ["E2", "must", null],
      ["E3", "must", null],
      ["E4", "must", null],
      ["W1", "nice", "40%"],
      ["W2", "nice", "35%"],
      ["W3", "nice", "25%"],
    ]);
    expect(items[6]?.text).toBe("Ervaring met BIV-classificatie");
  });

  it("a table with a Soort column of Eis/Wens values", () => {
    const items = read(`<h3>Selectie</h3><table><tr><th>Nr</th><th>Omschrijving</th><th>Soort</th></tr>
      <tr><td>3.1</td><td>De kandidaat heeft een afgeronde hbo-opleiding.</td><td>Eis</td></tr>
      <tr><td>3.2</td><td>De kandidaat heeft ervaring met Djuma.</td><td>Wens</td></tr>
      <tr><td>3.3</td><td>De kandidaat is in het bezit van een rijbewijs B.</td><td>Knock-out</td></tr></table>`);
    expect(items.map((i) => [i.kind, i.text])).toEqual([
      ["must", "De kandidaat heeft een afgeronde hbo-opleiding."],
      ["nice", "De kandidaat heeft ervaring met Djuma."],
      ["must", "De kandidaat is in het bezit van een rijbewijs B."],
    ]);
  });

  it("inline tags: Must have / Nice to have, (K) / (W), a trailing (wens)", () => {
    expect(
      pairs(`<h2>Profiel</h2><ul><li>Must have: Minimaal 2 jaar ervaring met Topdesk.</li>
        <li>Nice to have Ervaring in het onderwijs.</li><li>(K) Een afgeronde mbo-4 opleiding.</li>
        <li>(W) Kennis van ITIL.</li><li>Ervaring met Azure (wens)</li></ul>`),
    ).toEqual([
      ["must", "Minimaal 2 jaar ervaring met Topdesk."],
      ["nice", "Ervaring in het onderwijs."],
      ["must", "Een afgeronde mbo-4 opleiding."],
      ["nice", "Kennis van ITIL."],
      ["nice", "Ervaring met Azure"],
    ]);
  });

  it("prose paragraphs after a lead-in, with a legend line left out", () => {
    expect(
      pairs(`<h2>Wat wij van jou verwachten</h2><p>(E) = eis, (W) = wens</p><p>Je hebt een afgeronde hbo-opleiding.</p>
        <p>Je hebt ervaring met aanbestedingen.</p><p>Ervaring met Negometrix is mooi meegenomen.</p>
        <h2>Arbeidsvoorwaarden</h2><p>Een goed salaris en een laptop.</p>`),
    ).toEqual([
      ["must", "Je hebt een afgeronde hbo-opleiding."],
      ["must", "Je hebt ervaring met aanbestedingen."],
      ["nice", "Ervaring met Negometrix is mooi meegenomen."],
    ]);
  });

  it("English headings on a Dutch page", () => {
    expect(
      pairs(`<h1>Data engineer</h1><p>Voor onze klant in Utrecht zoeken wij een data engineer.</p>
        <h3>Requirements</h3><ul><li>3+ jaar ervaring met Databricks.</li><li>Kennis van Python.</li></ul>
        <h3>Nice to have</h3><ul><li>Ervaring met dbt.</li></ul>`),
    ).toEqual([
      ["must", "3+ jaar ervaring met Databricks."],
      ["must", "Kennis van Python."],
      ["nice", "Ervaring met dbt."],
    ]);
  });

  it("German lead-ins: Anforderungen, Wünschenswert, Ihre Aufgaben is not one", () => {
    expect(
      pairs(`<h2>Ihre Aufgaben</h2><ul><li>Betrieb der Kubernetes-Plattform</li><li>Weiterentwicklung der Pipelines</li></ul>
        <h2>Anforderungen</h2><ul><li>Abgeschlossenes Studium der Informatik</li><li>Mehrjährige Erfahrung mit Terraform</li></ul>
        <p><b>Wünschenswert:</b></p><ul><li>Kenntnisse in Go</li></ul><h2>Wir bieten</h2><ul><li>30 Tage Urlaub</li></ul>`),
    ).toEqual([
      ["must", "Abgeschlossenes Studium der Informatik"],
      ["must", "Mehrjährige Erfahrung mit Terraform"],
      ["nice", "Kenntnisse in Go"],
    ]);
  });

  it("an item that says 'is a plus' or 'is een pré' in a must list is nice", () => {
    expect(
      pairs(`<h3>Your profile</h3><ul><li>5 years of experience with Java.</li><li>A degree in computer science.</li>
        <li>Experience with Kafka is a plus.</li></ul><h3>Eisen</h3><ul><li>Kennis van SAP.</li><li>Ervaring bij een gemeente is een pré.</li></ul>`),
    ).toEqual([
      ["must", "5 years of experience with Java."],
      ["must", "A degree in computer science."],
      ["nice", "Experience with Kafka is a plus."],
      ["must", "Kennis van SAP."],
      ["nice", "Ervaring bij een gemeente is een pré."],
    ]);
  });

  it("does not take lists of benefits, tasks, traits or the procedure", () => {
    expect(
      read(`<h2>What you'll do</h2><ul><li>Build data pipelines with five years of history.</li><li>Own the platform.</li></ul>
        <h2>What we offer</h2><ul><li>A competitive salary.</li><li>Pension and a laptop.</li></ul>
        <p>Wat bieden wij:</p><ul><li>Een salaris tot € 5.000.</li><li>Een opleidingsbudget.</li></ul>
        <h3>Taken</h3><ul><li>Je adviseert het bestuur.</li><li>Je schrijft beleid.</li></ul>
        <h3>Competenties</h3><ul><li>Samenwerken</li><li>Klantgericht</li></ul>
        <h3>You Are</h3><ul><li>Curious: you have a knack for learning.</li><li>Kind: you are kind.</li></ul>
        <p>Procedure:</p><ul><li>Stuur je cv voor vrijdag.</li><li>Gesprekken in week 48.</li></ul>`),
    ).toEqual([]);
  });

  it("a generic lead-in alone is not enough: 'What you'll need:' before a list of tools", () => {
    expect(read(`<div>What You'll Need:</div><ul><li>Glass jar</li><li>Moss</li><li>Tweezers</li></ul>`)).toEqual([]);
  });

  it("list items written as <li><p> (Greenhouse) and a lead-in that finishes a sentence", () => {
    expect(
      pairs(`<h2>You may be a good fit if you</h2><ul><li><p>Have 8+ years of backend experience</p></li><li><p>Can mentor engineers</p></li></ul>
        <h2>Strong candidates may also have experience with</h2><ul><li><p>Rust</p></li><li><p>Large language models</p></li></ul>`),
    ).toEqual([
      ["must", "Have 8+ years of backend experience"],
      ["must", "Can mentor engineers"],
      ["nice", "Rust"],
      ["nice", "Large language models"],
    ]);
  });

  it("the first line of a <br>-joined block as lead-in, and a lead-in question", () => {
    expect(
      pairs(`<p>Wat heb je nodig?<br>- Een afgeronde hbo-opleiding.<br>- Ervaring met Suite4.</p>
        <p>Extra pluspunten<br>- Kennis van de Jeugdwet.</p><p>Herken je jezelf hierin? Reageer dan snel.</p>`),
    ).toEqual([
      ["must", "Een afgeronde hbo-opleiding."],
      ["must", "Ervaring met Suite4."],
      ["nice", "Kennis van de Jeugdwet."],
    ]);
  });

  it("stays linear on hostile text and caps the items", () => {
    const long = "Eisen: " + "a ".repeat(50_000) + ":";
    const many = `<h2>Eisen</h2><ul>${"<li>Minimaal 5 jaar ervaring met X</li>".repeat(1)}${Array.from(
      { length: 500 },
      (_, k) => `<li>Kennis van onderwerp ${k}</li>`,
    ).join("")}</ul>`;
    const t = Date.now();
    expect(read(`<p>${long}</p><p>(${"(".repeat(5000)}</p><p>${"E1 ".repeat(5000)}</p>`).length).toBeLessThanOrEqual(
      80,
    );
    expect(read(many).length).toBeLessThanOrEqual(80);
    expect(Date.now() - t).toBeLessThan(3000);
  });
});

describe("classifyLeadIn", () => {
  it.each([
    ["Van jou verwachten we:", "must"],
    ["Vereisten:", "must"],
    ["You have:", "must"],
    ["Dein Skillset:", "must"],
    ["Knock-outcriteria", "must"],
    ["What you bring", "must"],
    ["Gewenste kennis, ervaring en opleiding", "nice"],
    ["It would be even better if you had", "nice"],
    ["Pluspunten", "nice"],
    ["Bonus points if you have", "nice"],
    ["Knock-outcriteria en gunningscriteria", "mixed"],
    ["Requirements and nice to haves", "mixed"],
    ["Wat bieden wij?", "stop"],
    ["Responsibilities", "stop"],
    ["You will:", "stop"],
    ["Deine Aufgaben", "stop"],
    ["Over de opdrachtgever", null],
    ["We're eager to talk to you if:", null],
  ])("%s → %s", (text, kind) => expect(classifyLeadIn(text)).toBe(kind));
});
