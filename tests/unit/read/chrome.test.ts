import { describe, expect, it } from "vitest";
import { labelOfIcon } from "../../../lib/read/page-furniture";
import { findLabelledValues } from "../../../lib/interpret/labels";
import { readBlocks } from "../../../lib/read/blocks";
import { parseHtml } from "../interpret/parse-html";

const first = (html: string) => parseHtml(`<html><body>${html}</body></html>`).body.firstElementChild as Element;
const inner = (html: string, selector: string) =>
  parseHtml(`<html><body>${html}</body></html>`).querySelector(selector) as Element;
const pairs = (html: string) =>
  findLabelledValues(readBlocks(parseHtml(`<html><body>${html}</body></html>`))).map((l) => [l.field, l.value]);

describe("labelOfIcon", () => {
  it("reads aria-label, title, alt, tooltips and an SVG's title", () => {
    expect(labelOfIcon(first('<img alt="Verwachte startdatum" src="x.svg">'))).toBe("Verwachte startdatum");
    expect(labelOfIcon(first('<i class="fa fa-clock" title="Deadline voor reageren"></i>'))).toBe(
      "Deadline voor reageren",
    );
    expect(labelOfIcon(first('<span aria-label="Tarief">💶</span>'))).toBe("Tarief");
    expect(labelOfIcon(first('<i data-bs-original-title="Uren per week"></i>'))).toBe("Uren per week");
    expect(labelOfIcon(first("<svg><title>Locatie</title><path/></svg>"))).toBe("Locatie");
  });

  it("names a place or a rate from an icon's class or ligature when it opens its line", () => {
    expect(
      labelOfIcon(inner('<li><span class="icon icon-pin" aria-hidden="true"></span>Heerhugowaard</li>', "span")),
    ).toBe("Locatie");
    expect(labelOfIcon(inner('<li><i class="fa fa-euro-sign"></i> € 95</li>', "i"))).toBe("Tarief");
    expect(labelOfIcon(inner('<li><span class="material-icons">place</span>Utrecht</li>', "span"))).toBe("Locatie");
    // a clock or calendar says no one field; an icon inside a sentence labels nothing
    expect(labelOfIcon(inner('<li><span class="icon icon-clock"></span>36 uur</li>', "span"))).toBeNull();
    expect(labelOfIcon(inner('<p>Kom langs <span class="icon icon-pin"></span> bij ons</p>', "span"))).toBeNull();
  });
});

describe("facts labelled only by an icon (Need Staffing)", () => {
  it("reads the icon's words as the label of the value beside it", () => {
    const html = `
      <div class="item"><img src="l.svg" alt="Locatie" title="Locatie"><p>Den Haag/Hybride</p></div>
      <div class="item"><img src="d.svg" alt="Verwacht aantal uren per week" title="Verwacht aantal uren per week"><p>36 uur</p></div>
      <div class="item"><img src="t.svg" alt="Verwachte periode" title="Verwachte periode"><p>3 maanden</p></div>
      <div class="item"><img src="m.svg" alt="Verwachte compensatie" title="Verwachte compensatie"><p>€85 - €93</p></div>
      <div class="item"><img src="s.svg" alt="Verwachte startdatum" title="Verwachte startdatum"><p>30-09-2026</p></div>
      <div class="item"><img src="x.svg" alt="Deadline voor reageren" title="Deadline voor reageren"><p>15-09-2026 14:00</p></div>`;
    expect(pairs(html)).toEqual([
      ["location", "Den Haag/Hybride"],
      ["hoursPerWeek", "36 uur"],
      ["period", "3 maanden"],
      ["rate", "€85 - €93"],
      ["startDate", "30-09-2026"],
      ["deadline", "15-09-2026 14:00"],
    ]);
  });

  it("reads HHNK's unlabelled icon list by its icon names", () => {
    const html = `<ul><li><span class="icon icon-pin" aria-hidden="true"></span>Heerhugowaard</li>
      <li><span class="icon icon-euro" aria-hidden="true"></span>€ 3.930 - € 5.525 bruto per maand</li></ul>`;
    expect(pairs(html)).toEqual([
      ["location", "Heerhugowaard"],
      ["rate", "€ 3.930 - € 5.525 bruto per maand"],
    ]);
  });
});
