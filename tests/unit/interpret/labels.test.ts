import { describe, expect, it } from "vitest";
import { findLabelledValues, splitLabel } from "../../../lib/interpret/labels";
import { readBlocks } from "../../../lib/read/blocks";
import { parseHtml } from "./parse-html";

const pairs = (html: string) =>
  findLabelledValues(readBlocks(parseHtml(`<html><body>${html}</body></html>`))).map((l) => [l.field, l.value]);

describe("splitLabel", () => {
  it("takes the longest label and what follows", () => {
    expect(splitLabel("Uren per week: 32")).toMatchObject({ field: "hoursPerWeek", rest: "32", colon: true });
    expect(splitLabel("Max. uurtarief € 110")).toMatchObject({ field: "rate", rest: "€ 110", colon: false });
    expect(splitLabel("Reageren vóór 6 januari 2025")).toMatchObject({ field: "deadline", rest: "6 januari 2025" });
    expect(splitLabel("Minimaal 5 jaar ervaring")).toBeNull();
  });
});

describe("findLabelledValues", () => {
  it("reads dl/dt/dd, table rows and header rows", () => {
    expect(pairs("<dl><dt>Startdatum:</dt><dd>1 nov 2025</dd><dt>Tarief</dt><dd>Max 130 p/u</dd></dl>")).toEqual([
      ["startDate", "1 nov 2025"],
      ["rate", "Max 130 p/u"],
    ]);
    expect(pairs("<table><tr><th>Sluitingsdatum</th><td>3 maart 2025</td></tr></table>")).toEqual([
      ["deadline", "3 maart 2025"],
    ]);
    expect(
      pairs(
        "<table><tr><th>Startdatum</th><th>Einddatum</th></tr><tr><td>1-1-2026</td><td>31-12-2026</td></tr></table>",
      ),
    ).toEqual([
      ["startDate", "1-1-2026"],
      ["endDate", "31-12-2026"],
    ]);
  });

  it("reads Label: value lines, several pairs on a line, and a heading over its value", () => {
    expect(pairs("<p>Locatie: Utrecht<br>Opdrachtgever: Provincie Utrecht</p>")).toEqual([
      ["location", "Utrecht"],
      ["client", "Provincie Utrecht"],
    ]);
    expect(pairs("<p>Start: 1 October 2024 · End: 31 March 2025</p>")).toEqual([
      ["startDate", "1 October 2024"],
      ["endDate", "31 March 2025"],
    ]);
    expect(pairs("<h4>Je kunt reageren tot</h4><div>03.10.2022</div>")).toEqual([["deadline", "03.10.2022"]]);
  });

  it("reads labels carried by title attributes and labelled icons", () => {
    expect(
      pairs('<ul><li title="Uren per week"><svg aria-hidden="true"></svg><span>8 uur p/w</span></li></ul>'),
    ).toEqual([["hoursPerWeek", "8 uur p/w"]]);
    expect(
      pairs(
        '<div><span><mat-icon role="img" aria-label="Locatie">place</mat-icon>Arnhem</span><span><i class="fa" aria-label="Deadline"></i>Reageren kan tot 28-11-2025</span></div>',
      ),
    ).toEqual([
      ["location", "Arnhem"],
      ["deadline", "28-11-2025"],
    ]);
  });

  it("skips navigation, footers and related-listing cards", () => {
    expect(
      pairs(
        "<nav><p>Deadline: 1 mei 2025</p></nav><footer><p>Locatie: Delft</p></footer><h2>Vergelijkbare opdrachten</h2><p>Tarief: € 90 per uur</p>",
      ),
    ).toEqual([]);
  });
});

describe("label vocabulary", () => {
  it.each([
    ["Einde inschrijving", "deadline"],
    ["Uiterste reactiedatum", "deadline"],
    ["Reageren kan tot", "deadline"],
    ["Inschrijven tot", "deadline"],
    ["Sluit op", "deadline"],
    ["Closing date", "deadline"],
    ["Apply before", "deadline"],
    ["Application deadline", "deadline"],
    ["Deadline to apply", "deadline"],
    ["Deadline voor reageren", "deadline"],
    ["Startdatum", "startDate"],
    ["Ingangsdatum", "startDate"],
    ["Gewenste startdatum", "startDate"],
    ["Verwachte startdatum", "startDate"],
    ["Looptijd", "period"],
    ["Duur", "period"],
    ["Verwachte periode", "period"],
    ["Einddatum", "endDate"],
    ["Uren per week", "hoursPerWeek"],
    ["Aantal uur", "hoursPerWeek"],
    ["Werkuren", "hoursPerWeek"],
    ["Verwacht aantal uren per week", "hoursPerWeek"],
    ["Uurtarief", "rate"],
    ["Max. tarief", "rate"],
    ["Maximum tarief", "rate"],
    ["Salaris", "rate"],
    ["Salary", "rate"],
    ["Compensation", "rate"],
    ["Verwachte compensatie", "rate"],
    ["Opdrachtgever", "client"],
    ["Eindklant", "client"],
    ["Klant", "client"],
    ["Organisatie", "client"],
    ["Werkgever", "client"],
    ["Employer", "client"],
    ["Company", "client"],
    ["Locatie", "location"],
    ["Standplaats", "location"],
    ["Werklocatie", "location"],
    ["Plaats", "location"],
    ["Location", "location"],
  ])("%s: x → %s", (label, field) => {
    expect(splitLabel(`${label}: x`)).toMatchObject({ field, rest: "x", colon: true });
  });

  it("every label is written normalised and belongs to one field", async () => {
    const { LABEL_WORDS } = await import("../../../lib/dutch/label-words");
    const { normalize } = await import("../../../lib/dutch/text");
    const seen = new Map<string, string>();
    for (const [field, words] of Object.entries(LABEL_WORDS)) {
      for (const word of words) {
        expect(normalize(word), word).toBe(word);
        expect(seen.get(word), word).toBeUndefined();
        seen.set(word, field);
      }
    }
  });
});
