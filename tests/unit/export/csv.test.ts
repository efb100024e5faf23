import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { savedListingsToCsv } from "../../../lib/export/csv";
import { makeSaved, seedListing } from "../storage/make-saved";
import { newSavedListing } from "../../../lib/model/saved";

const now = new Date("2025-11-01T09:00:00Z");

function parse(csv: string, delimiter: string): string[][] {
  expect(csv.startsWith("\uFEFF")).toBe(true);
  const result = Papa.parse<string[]>(csv.slice(1), { delimiter, skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

describe("savedListingsToCsv", () => {
  it("writes the documented Dutch columns and one row per saved listing", () => {
    const saved = [newSavedListing(seedListing("seed-kbenp-utrecht", "KB&P"), now)];
    const [head, row] = parse(savedListingsToCsv(saved, "nl"), ";");
    expect(head).toEqual([
      "titel",
      "opdrachtgever",
      "locatie",
      "tarief",
      "uren",
      "deadline",
      "status",
      "notitie",
      "url",
      "site",
    ]);
    const cell = (name: string) => row?.[head!.indexOf(name)];
    expect(cell("titel")).toBe(saved[0]!.listing.title);
    expect(cell("opdrachtgever")).toBe("Gemeente Utrecht");
    expect(cell("tarief")).toBe("max € 200 per uur"); // as the popup words it, plain spaces
    expect(cell("uren")).toBe("2");
    expect(cell("deadline")).toBe("2025-11-12");
    expect(cell("status")).toBe("bewaard");
    expect(cell("url")).toBe(saved[0]!.listing.url);
    expect(cell("site")).toBe("KB&P");
  });

  it("writes English headings, statuses and a comma delimiter for lang en", () => {
    const saved = [
      makeSaved(
        { rate: { min: 95, max: 110, currency: "EUR", per: "hour" }, deadline: "2025-11-20T12:00" },
        { status: "gereageerd" },
      ),
    ];
    const [head, row] = parse(savedListingsToCsv(saved, "en"), ",");
    expect(head?.slice(0, 4)).toEqual(["title", "client", "location", "rate"]);
    expect(row?.[3]).toBe("€95 – €110 per hour");
    expect(row?.[4]).toBe("24–32");
    expect(row?.[5]).toBe("2025-11-20 12:00");
    expect(row?.[6]).toBe("applied");
  });

  it("keeps notes with delimiters, quotes and line breaks intact, with CRLF row ends", () => {
    const note = 'Bellen; vragen naar "tarief",\nen de startdatum';
    const csv = savedListingsToCsv([makeSaved({}, { note })], "nl");
    expect(parse(csv, ";")[1]?.[7]).toBe(note);
    expect(csv.split("\r\n")[0]).toMatch(/^\uFEFFtitel;/);
  });

  it.each(['=HYPERLINK("http://evil")', "+31 6 1234", "-2+3", "@SUM(A1)", "\t=1", "=1+1\nmeer tekst"])(
    "neutralises a cell starting like a formula: %j",
    (note) => {
      const title = note;
      const [, row] = parse(savedListingsToCsv([makeSaved({ title }, { note })], "nl"), ";");
      expect(row?.[0]).toBe(`'${note}`);
      expect(row?.[7]).toBe(`'${note}`);
    },
  );

  it("leaves ordinary text alone and can drop the byte order mark", () => {
    const csv = savedListingsToCsv([makeSaved({ title: "Adviseur 2-jarig" })], "nl", { bom: false });
    expect(csv.startsWith("titel")).toBe(true);
    expect(Papa.parse<string[]>(csv, { delimiter: ";" }).data[1]?.[0]).toBe("Adviseur 2-jarig");
  });

  it("writes only the heading row for no listings", () => {
    expect(parse(savedListingsToCsv([], "nl"), ";")).toHaveLength(1);
  });
});

describe("control characters (#13)", () => {
  it("small: control characters are stripped from CSV cells; a note keeps its line breaks", () => {
    const saved = makeSaved(
      { title: "Adviseur\rinkoop\u0000\u001b[31m", client: "Ede\u0085" },
      { note: "een\r\ntwee\rdrie" },
    );
    const csv = savedListingsToCsv([saved], "nl");
    // eslint-disable-next-line no-control-regex
    expect(csv).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/);
    const row = parse(csv, ";")[1];
    expect(row?.[0]).toBe("Adviseur\ninkoop[31m");
    expect(row?.[1]).toBe("Ede");
    expect(row?.[7]).toBe("een\ntwee\ndrie");
  });
});
