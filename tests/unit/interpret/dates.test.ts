import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  findDates,
  parseDate,
  parseDateRange,
  parseRelativeDeadline,
  toDeadline,
  type FoundDate,
} from "../../../lib/interpret/dates";

const NOW = new Date("2025-11-01T10:00:00+01:00"); // a Saturday morning, CET

const brief = (d: FoundDate | null) => (d ? [d.date, d.time] : null);

describe("findDates: forms real sites use", () => {
  it.each([
    ["31ste oktober, 2025", "2025-10-31", null], // Bij Oranje
    ["12de november, 2025", "2025-11-12", null],
    ["3de november, 2025", "2025-11-03", null],
    ["op 1e november 2026", "2026-11-01", null],
    ["1 nov 2025", "2025-11-01", null], // KB&P
    ["5 jan 2026", "2026-01-05", null],
    ["03.10.2022", "2022-10-03", null], // ZuidProfs
    ["Je kunt reageren tot 27.09.2022", "2022-09-27", null],
    ["3-10-2022", "2022-10-03", null],
    ["28-11-2025 12:00 uur", "2025-11-28", "12:00"],
    ["vrijdag 14 november om 12:00", "2025-11-14", "12:00"],
    ["14 november 2025 om 12.00 uur", "2025-11-14", "12:00"],
    ["Reageren vóór 6 januari 2025", "2025-01-06", null],
    ["woensdag 8 januari 2025 van 12:45 uur tot 16:30 uur", "2025-01-08", "12:45"],
    ["2025-11-12", "2025-11-12", null],
    ["12/11/2025", "2025-11-12", null], // day first, as in the Netherlands
    ["Deadline: 05/03/2025 23:59", "2025-03-05", "23:59"],
    ["November 12, 2025", "2025-11-12", null],
    ["Nov 12, 2025 at 5 pm", "2025-11-12", "17:00"],
    ["Published on 3rd March 2025", "2025-03-03", null],
    ["12 Nov 2025 17:00", "2025-11-12", "17:00"],
    ["zondag 26 oktober 2025 om 02:30", "2025-10-26", "02:30"],
    ["1 juli 2025 17:00 CET", "2025-07-01", "17:00"], // "CET" written in summer still means Dutch time
    ["2025-11-12T17:00:00Z", "2025-11-12", "18:00"], // an explicit other zone is converted
    ["2025-07-12T17:00:00+00:00", "2025-07-12", "19:00"],
  ])("%s → %s %s", (text, date, time) => {
    expect(brief(findDates(text, NOW)[0] ?? null)).toEqual([date, time]);
  });

  it("keeps text and index pointing at the phrase in the input", () => {
    const text = "Publicatiedatum:\n\n1 nov 2025\nSluitingsdatum: 12de november, 2025 om 17:00 uur.";
    const found = findDates(text, NOW);
    expect(found.map((d) => [d.date, d.time, d.text])).toEqual([
      ["2025-11-01", null, "1 nov 2025"],
      ["2025-11-12", "17:00", "12de november, 2025 om 17:00 uur"],
    ]);
    for (const d of found) expect(text.slice(d.index, d.index + d.text.length)).toBe(d.text);
  });
});

describe("findDates: traps", () => {
  it.each([
    ["per direct"],
    ["z.s.m."],
    ["09.00 – 18.00 uur"],
    ["24-uursbijeenkomst"],
    ["binnen 1 werkdag"],
    ["bel 020-1234567 of 06-12345678"],
    ["Tel: 030 - 286 00 00"],
    ["versie v1.10.2024"],
    ["KvK 12112025"],
    ["NL-03-10-2022-7"],
    ["31-11-2025"], // no such day
    ["29-02-2025"],
    ["12-11-1850"], // outside 1990..2100
    ["01-01-2150"],
    ["mei 2026"], // a month, not a day
    ["Q1 2026"],
    ["in 2022"],
  ])("%s → nothing", (text) => {
    expect(findDates(text, NOW)).toEqual([]);
  });

  it("a date-only phrase stays date-only (no implied time)", () => {
    expect(findDates("12de november, 2025", NOW)[0]?.time).toBeNull();
  });

  it("a number after a date is not a time", () => {
    expect(brief(parseDate("3 december 2025, 25 personen", NOW))).toEqual(["2025-12-03", null]);
    expect(brief(parseDate("14 oktober 2026, 12 deelnemers", NOW))).toEqual(["2026-10-14", null]);
    expect(brief(parseDate("Start 1 januari 2026 8 uur per week", NOW))).toEqual(["2026-01-01", null]);
  });

  it("a time on the next line belongs to something else", () => {
    expect(brief(parseDate("Publicatiedatum: 1 nov 2025\n12:00", NOW))).toEqual(["2025-11-01", null]);
  });
});

describe("dates without a year", () => {
  it.each([
    // now = 1 November 2025: recent past stays this year, the rest is the coming year.
    ["27 november", "2025-11-27"],
    ["31 oktober", "2025-10-31"],
    ["1 september", "2025-09-01"],
    ["14 januari", "2026-01-14"],
    ["15 augustus", "2025-08-15"], // within the four months back (lib/dutch/dates.ts, rule 3)
  ])("%s → %s", (text, date) => {
    expect(parseDate(text, NOW)?.date).toBe(date);
  });
});

describe("parseDate", () => {
  it.each([
    ["Sluitingsdatum: 12 november 2025", "2025-11-12", null],
    ["Startdatum: 1 februari 2026", "2026-02-01", null],
    ["Einddatum 1 nov 2027", "2027-11-01", null],
    ["Reageren uiterlijk maandag 17 november 2025 om 09:00 uur", "2025-11-17", "09:00"],
  ])("%s → %s %s", (text, date, time) => {
    expect(brief(parseDate(text, NOW))).toEqual([date, time]);
  });

  it.each([["per direct"], ["in overleg"], ["n.t.b."], [""]])("%s → null", (text) => {
    expect(parseDate(text, NOW)).toBeNull();
  });
});

describe("toDeadline", () => {
  it("gives a day or a day with a Dutch time", () => {
    expect(toDeadline({ date: "2025-11-12", time: null })).toBe("2025-11-12");
    expect(toDeadline({ date: "2025-11-12", time: "12:00" })).toBe("2025-11-12T12:00");
  });
});

describe("parseDateRange", () => {
  it.each([
    ["1-11-2025 t/m 1-11-2027", "2025-11-01", "2027-11-01"],
    ["van 1 januari tot en met 31 maart 2026", "2026-01-01", "2026-03-31"],
    ["1 januari - 1 maart 2026", "2026-01-01", "2026-03-01"],
    ["01-01-2026 tot 31-12-2026", "2026-01-01", "2026-12-31"],
    ["Looptijd: 1 december 2025 – 31 januari 2026", "2025-12-01", "2026-01-31"],
    ["1 december - 31 januari", "2025-12-01", "2026-01-31"], // the end rolls into the next year
    ["15 december t/m 15 januari 2026", "2025-12-15", "2026-01-15"], // the start rolls back
    ["13-14 oktober 2026", "2026-10-13", "2026-10-14"],
    ["1 - 15 maart 2026", "2026-03-01", "2026-03-15"],
    ["November 1 - December 5, 2025", "2025-11-01", "2025-12-05"],
    ["Periode: 02.01.2026 t/m 30.06.2026 (met optie op verlenging)", "2026-01-02", "2026-06-30"],
  ])("%s → %s .. %s", (text, start, end) => {
    const r = parseDateRange(text, NOW);
    expect([r?.start.date, r?.end.date]).toEqual([start, end]);
  });

  it.each([
    ["Begindatum: 1 nov 2025, Einddatum: 1 nov 2027"], // two dates, not one phrase
    ["12 november 2025"],
    ["per direct tot en met eind 2026"],
    ["1-11-2027 t/m 1-11-2025"], // backwards
  ])("%s → null", (text) => {
    expect(parseDateRange(text, NOW)).toBeNull();
  });

  it("points at each end's own text", () => {
    const text = "Periode 1-11-2025 t/m 1-11-2027";
    const r = parseDateRange(text, NOW);
    expect(r && [text.slice(r.start.index, r.start.index + r.start.text.length), r.end.text]).toEqual([
      "1-11-2025",
      "1-11-2027",
    ]);
  });
});

describe("parseRelativeDeadline", () => {
  it.each([
    ["Sluit over 11 dagen", "2025-11-12", null], // KB&P
    ["Sluit over 2 dagen", "2025-11-03", null],
    ["Nog 3 dagen", "2025-11-04", null],
    ["nog 1 dag", "2025-11-02", null],
    ["Nog één dag", "2025-11-02", null],
    ["Sluit morgen", "2025-11-02", null],
    ["Sluit vandaag", "2025-11-01", null],
    ["Vandaag", "2025-11-01", null],
    ["Deadline: morgen", "2025-11-02", null],
    ["over 2 weken", "2025-11-15", null],
    ["reageren kan nog 4 dagen", "2025-11-05", null],
    ["Closes in 5 days", "2025-11-06", null],
    ["Closes today", "2025-11-01", null],
    ["Closing tomorrow", "2025-11-02", null],
    ["5 days left", "2025-11-06", null],
    ["vandaag om 12:00", "2025-11-01", "12:00"],
    ["Sluit morgen om 17.00 uur", "2025-11-02", "17:00"],
    ["Procesbegeleider\n\nSluit over 11 dagen\n\nBegindatum:", "2025-11-12", null],
  ])("%s → %s %s", (text, date, time) => {
    expect(brief(parseRelativeDeadline(text, NOW))).toEqual([date, time]);
  });

  it.each([
    ["3 dagen per week"],
    ["nog 3 dagen per week"],
    ["bouwen aan het Zoetermeer van vandaag én morgen"],
    ["over 2 weken starten we met de pilot"],
    ["Binnen 1 werkdag uitsluitsel"],
    ["3 dagen geleden geplaatst"],
    ["12 november 2025"],
    ["Sluit over 900 dagen"],
  ])("%s → null", (text) => {
    expect(parseRelativeDeadline(text, NOW)).toBeNull();
  });

  it("counts on the Dutch calendar day of now", () => {
    // 30 June 22:30 UTC is already 1 July in Amsterdam (CEST).
    const lateEvening = new Date("2025-06-30T22:30:00Z");
    expect(parseRelativeDeadline("Sluit vandaag", lateEvening)?.date).toBe("2025-07-01");
    expect(parseRelativeDeadline("Sluit over 1 dag", lateEvening)?.date).toBe("2025-07-02");
    // Across the October change: whole calendar days, not 24-hour steps.
    expect(parseRelativeDeadline("Sluit over 2 dagen", new Date("2025-10-25T23:30:00+02:00"))?.date).toBe("2025-10-27");
  });

  it("gives the matched text and where it starts", () => {
    const text = "Procesbegeleider — Sluit over 4 dagen";
    const r = parseRelativeDeadline(text, NOW);
    expect(r && text.slice(r.index, r.index + r.text.length)).toBe("Sluit over 4 dagen");
  });
});

describe("robustness", () => {
  it("never throws, and every result is well formed (property)", () => {
    const pieces = fc.constantFrom(
      "12",
      "-",
      ".",
      "/",
      " ",
      "november",
      "2025",
      "om",
      "12:00",
      "t/m",
      "Sluit",
      "over",
      "dagen",
      "nog",
      "31ste",
      "\n",
      "€",
      "e",
    );
    const text = fc.oneof(
      fc.string(),
      fc.array(pieces, { maxLength: 30 }).map((a) => a.join("")),
    );
    fc.assert(
      fc.property(
        text,
        fc.date({ min: new Date("2000-01-01"), max: new Date("2090-01-01"), noInvalidDate: true }),
        (t, now) => {
          const all = [...findDates(t, now), parseDate(t, now), parseRelativeDeadline(t, now)];
          const range = parseDateRange(t, now);
          if (range) all.push(range.start, range.end);
          for (const d of all) {
            if (!d) continue;
            expect(d.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
            if (d.time !== null) expect(d.time).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
            expect(t.slice(d.index, d.index + d.text.length)).toBe(d.text);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  // Speed on big and hostile text is measured in `npm run bench`, not asserted here.
  it("finds no date in hostile text of numbers and separators", () => {
    const hostile = [
      "1-".repeat(20_000),
      "9.".repeat(20_000),
      " ".repeat(40_000),
      "12 12 ".repeat(8000),
      "12 november ".repeat(2000),
    ];
    for (const text of hostile) {
      expect(findDates(text, NOW).filter((d) => !d.text.includes("november"))).toEqual([]);
      expect(parseRelativeDeadline(text, NOW)).toBeNull();
    }
  });
});

describe("findDates: more written forms", () => {
  it.each([
    ["Nov 12th 2025", "2025-11-12", null],
    ["12th of November 2025", "2025-11-12", null],
    ["JAN. 13, 2017", "2017-01-13", null],
    ["Wednesday, December 20, 2023 8:09:56 PM", "2023-12-20", "20:09"],
    ["April 29, 2019 at 3:33 pm", "2019-04-29", "15:33"],
    ["March 10, 2017 at 12:20 AM", "2017-03-10", "00:20"],
    ["Jun 7, 2023, 8:54 PM UTC", "2023-06-07", "22:54"], // UTC → Dutch summer time
    ["03/10/2022", "2022-10-03", null],
    ["6/13/2018", "2018-06-13", null], // a month above 12: American order
    ["3/09/15 8:00am", "2015-09-03", "08:00"],
    ["2017-03-10 09:58:03", "2017-03-10", "09:58"],
    ["3 mrt 2026", "2026-03-03", null],
    ["3 febr. 2026", "2026-02-03", null],
    ["3 sept. 2026", "2026-09-03", null],
    ["31 okt. 17.00 uur", "2025-10-31", "17:00"],
    ["donderdag 4 dec om 9 uur", "2025-12-04", "09:00"],
    ["vr 14-11-2025 om 12:00", "2025-11-14", "12:00"],
    ["14 november 2025 9:00-17:00", "2025-11-14", "09:00"], // a span, not a UTC offset
  ])("%s → %s %s", (text, date, time) => {
    expect(brief(findDates(text, NOW)[0] ?? null)).toEqual([date, time]);
  });

  it("reads every date it is given, in every written form (property)", () => {
    const nl = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober"];
    const en = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"];
    const abbreviations = "jan feb mrt apr mei jun jul aug sep okt nov dec".split(" ");
    const names = [...nl, "november", "december"].map((n, i) => [n, en[i] ?? n, abbreviations[i] ?? ""] as const);
    const day = fc.date({
      min: new Date("1990-01-01T12:00:00Z"),
      max: new Date("2100-12-31T12:00:00Z"),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(day, fc.nat(5), (instant, form) => {
        const [y, m, d] = [instant.getUTCFullYear(), instant.getUTCMonth() + 1, instant.getUTCDate()];
        const [dutch, english, short] = names[m - 1] ?? ["", "", ""];
        const two = (n: number) => String(n).padStart(2, "0");
        const written = [
          `${d} ${dutch} ${y}`,
          `${d}${d === 1 ? "ste" : "de"} ${dutch}, ${y}`,
          `${english} ${d}, ${y}`,
          `${d} ${short} ${y}`,
          `${two(d)}-${two(m)}-${y}`,
          `${y}-${two(m)}-${two(d)}`,
        ][form];
        const found = findDates(`Sluitingsdatum: ${written} om 12:00 uur`, NOW);
        expect(found.map((f) => [f.date, f.time])).toEqual([[`${y}-${two(m)}-${two(d)}`, "12:00"]]);
      }),
      { numRuns: 300 },
    );
  });
});

describe("findDates: more traps", () => {
  it.each([
    ["24/7 bereikbaar"], // no year: not read as a date
    ["Python 3.10.12 en Java 11"], // a version, not 3 October 2012
    ["Dec 17.00"], // an hour after a month name is no day
    ["per nov 32 uur per week"],
    ["T=16mar804m"],
    ["31 nov 12"], // no such day, and not "nov 12" either
    ["0-14 oktober 1850"],
  ])("%s → nothing", (text) => {
    expect(findDates(text, NOW)).toEqual([]);
  });

  it("a date right after a date is not its time", () => {
    const r = parseDateRange("1-11-2025 - 1.11.2027", NOW);
    expect([r?.start.date, r?.start.time, r?.end.date]).toEqual(["2025-11-01", null, "2027-11-01"]);
  });
});

describe("parseDate: a day and month alone, where the caller knows the value is a date", () => {
  it.each([
    ["28-11", "2025-11-28", null],
    ["Uiterlijk 28-11 om 12:00 uur", "2025-11-28", "12:00"],
    ["5/1", "2026-01-05", null],
  ])("%s → %s %s", (text, date, time) => {
    expect(brief(parseDate(text, NOW))).toEqual([date, time]);
  });

  it.each([["2-3 dagen"], ["3-4 weken"], ["32-36"], ["31-02"]])("%s → null", (text) => {
    expect(parseDate(text, NOW)).toBeNull();
  });
});
