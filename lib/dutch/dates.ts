// Dates in listing text, read by chrono-node (Dutch and English) with our rules on top, given in
// Dutch wall-clock time (Europe/Amsterdam by the EU summer-time rule of lib/model/dutch-time.ts,
// never Intl). Pure: the caller passes `now`; nothing here reads the clock. For the worker (the
// interpreter, no size budget); the content script must not import it (chrono is ~100 KB).
//
// The rules on top of chrono, each for a case where chrono's own answer is wrong for a listing:
//  1. Reference time zone: chrono is given Amsterdam's offset at `now`, so "morgen", "over 3
//     dagen", "morgen om 17 uur" count Dutch days whatever the machine's zone.
//  2. Wall clock, not offset arithmetic: a date with a time and no zone in the text is the Dutch
//     wall-clock time it says ("1 juli 12:00" read in winter is 12:00 CEST; chrono's instant
//     would use the reference's CET offset). Only a zone named in the text ("14:00 UTC",
//     "11 am utc+02", "CET", "…T17:00:00Z") or a count of hours ("over 12 uur") goes through an
//     instant, converted by the summer-time rule.
//  3. A date without a year lies in the one-year window that starts `pastDays` (default
//     YEARLESS_PAST_DAYS, four months) before today: a date field names a coming moment, or one
//     recently past (a deadline of a listing left online after it closed, a publication date).
//     Chrono takes the nearest year, so "14 januari" read in August would be last January.
//  4. A weekday alone ("vrijdag", "Friday") is the next such day, today included; chrono takes
//     this week's, which may be past. Not when the phrase says past ("vorige", "afgelopen", "last").
//  5. English day order: day-first (Dutch and European sites write 6/10/2018 for 6 October)
//     unless the caller says the page is American (`dayFirst: false`); a first number above 12
//     is a day, a second above 12 makes the first the month, whatever the option. Only the
//     numeric parser changes: chrono's en.GB also reads "August 10" as August 2010 and "Dec. 21"
//     as December 2021, so we keep en.casual and give it en.GB's numeric parser. Dutch is always
//     day-first.
//  6. A reading must name a day: a time alone ("17:00", "vanmiddag"), a month alone ("jan",
//     "mar", "mei 2026") or a year alone is left out. Relative forms ("volgende maand") stay.
//  7. No reading crosses a line break: "Publicatiedatum: 1 nov 2025\n12:00" is a date and, on the
//     next line, something else's time. Line breaks reach chrono as a mark none of its patterns
//     crosses (one parse per text: a parse per line cost 40 ms on 700 short lines).
//  8. A number after a date is a time only with a time's marks ("12:00", "10.00 uur", "om 9",
//     "5pm"): in "14 oktober 2026, 12 deelnemers" chrono reads 12:00. Hours of work ("1 januari
//     2026 8 uur per week") are no time either.
//  9. Counts with a one-letter unit ("5m", "3y", "5 h ago", "within 5hr") are dropped: in listing
//     text they are millions, metres and years of experience (chrono's strict mode drops them).
// 10. A year-first numeric date is year-month-day: "2024/13/1" is no date (chrono swaps it).
// 11. A numeric date inside a code is no date: "versie v1.10.2024", "NL-03-10-2022-7", and a day
//     glued to more digits ("Dec 17.00" is an hour); "24/7" is round the clock.
// 12. Where the Dutch and English readings overlap, the longer wins; then the one that reads more
//     of day, month and year ("21-APR-16": English reads 2016, Dutch reads 16 as an hour); then
//     the page's language (Dutch when unknown, English when the caller says month-first).
// 13. A time or time span right after a date is that date's time: chrono leaves "woensdag
//     8 januari 2025 van 12:45 uur tot 16:30 uur" as a date and a separate span of hours.
// 14. Written forms chrono lacks, rewritten before it reads (positions are mapped back): Dutch
//     "1e november", "febr.", "17u", "17:00u", "12u30", "12h00", "'25" for 2025, "één", "vóór",
//     and en/em dashes between dates ("1 december 2025 – 31 januari 2026" is a range).
// 15. Countdowns chrono does not know: "nog 3 dagen", "nog één dag", "5 days left".
// 16. "t/m", "tot en met", "uiterlijk" and "vóór" make no range: "t/m 14 november" and
//     "1-11-2025 t/m 1-11-2027" give their dates as they stand (chrono's Dutch range words are
//     "tot" and "-"); pairing a start and an end is the caller's choice.
// 17. Input is capped at MAX_TEXT characters: page text is hostile and chrono's patterns many.

// The package root, not "chrono-node/nl": Vite's test resolver does not take the locale subpaths;
// the package declares no side effects, so a bundle keeps only the two locales used.
import { en as chronoEn, nl as chronoNl } from "chrono-node";
import { addDutchDays, amsterdamParts } from "../model/dutch-time";
import { countValue } from "./numbers";

type Chrono = typeof chronoNl.casual;
type Parser = Chrono["parsers"][number];
type Result = ReturnType<Chrono["parse"]>[number];
type Components = Result["start"];
type Component = Parameters<Components["isCertain"]>[0];

/** A Dutch calendar day, and the Dutch wall-clock time when the text gives one. */
export interface DutchMoment {
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM, null when the text names no time. */
  time: string | null;
}

/** One date or date range in the text. */
export interface FoundDate {
  start: DutchMoment;
  /** The end of a range ("10 - 22 augustus 2012", "9:00 - 17:00"), else null. */
  end: DutchMoment | null;
  /** Offset of the phrase in the input. */
  index: number;
  /** The words that were read, as they stand in the input. */
  phrase: string;
}

export interface ReadDatesOptions {
  /** The page's language when known: its reading wins a tie with the other language's. */
  lang?: "nl" | "en" | null;
  /** English numeric dates: true or null day-first, false month-first (an American page). */
  dayFirst?: boolean | null;
  /** Rule 3's window for a date without a year: how many days back it reaches. */
  pastDays?: number;
}

/** Longest text read per call; the rest is ignored (a date field is short, page text hostile). */
export const MAX_TEXT = 2000;

/**
 * A yearless date is taken in the one-year window starting this many days (four months) before
 * today. A listing's deadline or start eight months ahead is rare; a listing still online months
 * after it closed is common, and chrono's own cases agree (it reads "5 mei" in August as May past).
 */
export const YEARLESS_PAST_DAYS = 122;

const MINUTE_MS = 60_000;

const pad = (n: number): string => String(n).padStart(2, "0");

function isoDay(year: number, month: number, day: number): string {
  const y = year < 0 ? `-${String(-year).padStart(4, "0")}` : String(year).padStart(4, "0");
  return `${y}-${pad(month)}-${pad(day)}`;
}

/** UTC milliseconds of a wall-clock reading, years below 100 included (Date.UTC maps them to 19xx). */
function utcMs(year: number, month: number, day: number, hour = 0, minute = 0): number {
  const d = new Date(Date.UTC(2000, 0, 1, hour, minute));
  d.setUTCFullYear(year, month - 1, day);
  return d.getTime();
}

/** Amsterdam's offset from UTC in minutes at an instant (60 or 120). */
export function amsterdamOffsetMinutes(now: Date): number {
  const p = amsterdamParts(now);
  const wall = Date.parse(`${p.date}T${p.time}:00Z`);
  return Math.round((wall - Math.floor(now.getTime() / MINUTE_MS) * MINUTE_MS) / MINUTE_MS);
}

const exists = (y: number, m: number, d: number): boolean =>
  m >= 1 && m <= 12 && new Date(utcMs(y, m, d)).getUTCDate() === d;

/** Rule 3: the year of a yearless month and day, the first on or after today - pastDays. */
export function resolveYear(month: number, day: number, today: string, pastDays = YEARLESS_PAST_DAYS): number {
  const earliest = addDutchDays(today, -pastDays);
  const thisYear = Number(today.slice(0, 4));
  for (let year = thisYear - 1; year <= thisYear + 8; year++) {
    if (exists(year, month, day) && isoDay(year, month, day) >= earliest) return year;
  }
  return thisYear;
}

// ---------------------------------------------------------------------------------------------
// Rule 14: the text chrono reads, rewritten, with each of its positions mapped to the input's.

/** Stands in for a line break (rule 7): no space, letter, digit or connector to chrono. */
const LINE_BREAK = "\u00b6";

const REWRITE =
  /[\r\n\u2028\u2029]|[\u2012-\u2015]|[éèë]|[óò]|\b(\d{1,2})e(?=\s+\p{L})|\b(febr)(?=[.\s\d]|$)|\b(24\/7)(?![\d/.-])|['\u2019](\d\d)\b|\b([01]?\d|2[0-4])(?:[:.](\d\d))?\s?u(?:ur)?(\d\d)?(?![\p{L}\d])|\b([01]?\d|2[0-4])h(\d\d)(?![\p{L}\d])/giu;

function rewriteOne(m: RegExpExecArray): string {
  const [all, ordinal, febr, roundTheClock, shortYear, uHour, uMinute, uMinuteAfter, hHour, hMinute] = m;
  if (/^[\r\n\u2028\u2029]$/.test(all)) return LINE_BREAK;
  if (/^[\u2012-\u2015]$/.test(all)) return "-";
  if (/^[éèë]$/i.test(all)) return all === all.toUpperCase() ? "E" : "e";
  if (/^[óò]$/i.test(all)) return all === all.toUpperCase() ? "O" : "o";
  if (ordinal !== undefined) return ordinal; // "1e november" → "1 november"
  if (febr !== undefined) return febr.slice(0, 3); // "febr." → "feb."
  if (roundTheClock !== undefined) return "24x7";
  if (shortYear !== undefined) return ` ${shortYear}`; // "nov '25" → "nov  25"
  if (uHour !== undefined) {
    const minute = uMinute ?? uMinuteAfter;
    return minute === undefined ? `${uHour} uur` : `${uHour}:${minute} uur`; // 17u, 17:00u, 12u30
  }
  if (hHour !== undefined) return `${hHour}:${hMinute ?? "00"}`; // 12h00
  return all;
}

interface Rewritten {
  text: string;
  /** For each position of `text` (and one past its end), the position in the input. */
  origin: number[];
}

function rewrite(input: string): Rewritten {
  let text = "";
  const origin: number[] = [];
  let last = 0;
  const keep = (from: number, to: number): void => {
    text += input.slice(from, to);
    for (let i = from; i < to; i++) origin.push(i);
  };
  for (const m of input.matchAll(REWRITE)) {
    const at = m.index;
    keep(last, at);
    const replacement = rewriteOne(m as RegExpExecArray);
    if (replacement === m[0]) {
      keep(at, at + m[0].length);
    } else {
      text += replacement;
      // Every written character points into the match, the last ones at its last character.
      for (let i = 0; i < replacement.length; i++) origin.push(at + Math.min(i, m[0].length - 1));
    }
    last = at + m[0].length;
  }
  keep(last, input.length);
  origin.push(input.length);
  return { text, origin };
}

// ---------------------------------------------------------------------------------------------
// The parsers (rules 5 and 15).

/** Chrono's numeric-date parser, known by its fields (they survive minification). */
const isNumericParser = (p: object): boolean => "groupNumberMonth" in p && "groupNumberDay" in p;

function withNumericOrderOf(base: Chrono, donor: Chrono): Chrono {
  const numeric = donor.parsers.find(isNumericParser);
  const chrono = base.clone();
  if (numeric) chrono.parsers = chrono.parsers.map((p) => (isNumericParser(p) ? numeric : p));
  return chrono;
}

/** Rule 15: "nog 3 dagen", "nog een week", "5 days left"; never "nog 3 dagen per week". */
function countdownParser(pattern: RegExp): Parser {
  return {
    pattern: () => pattern,
    extract: (context, match) => {
      const count = match[1] ?? "";
      const n = countValue(count);
      if (n === null || n > 366) return null;
      const weeks = /^w/i.test(match[2] ?? "");
      return chronoNl.ParsingComponents.createRelativeFromReference(context.reference, { day: weeks ? 7 * n : n });
    },
  };
}

const NL_COUNTDOWN =
  /\bnog\s+(\d{1,3}|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien)\s+(dagen|dag|weken|week)\b(?!\s*(?:per\b|in de week|p\.?\s?w\b|\/))/i;
const EN_COUNTDOWN =
  /\b(\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(days?|weeks?)\s+(?:left|to go|remaining)\b/i;

function withParser(base: Chrono, parser: Parser): Chrono {
  const chrono = base.clone();
  chrono.parsers.push(parser);
  return chrono;
}

const NL: Chrono = withParser(chronoNl.casual, countdownParser(NL_COUNTDOWN));
const EN_MONTH_FIRST: Chrono = withParser(chronoEn.casual, countdownParser(EN_COUNTDOWN));
const EN_DAY_FIRST: Chrono = withNumericOrderOf(EN_MONTH_FIRST, chronoEn.GB);

function parsersFor(options: ReadDatesOptions): Chrono[] {
  const monthFirst = options.dayFirst === false;
  const en = monthFirst ? EN_MONTH_FIRST : EN_DAY_FIRST;
  return options.lang === "en" || (monthFirst && options.lang !== "nl") ? [en, NL] : [NL, en];
}

// ---------------------------------------------------------------------------------------------
// Judging readings (rules 6 to 12).

/** Words that put a weekday in the past (rule 4 leaves those alone). */
const PAST_WEEKDAY = /\b(?:vorige|vorig|afgelopen|jongstleden|last|past|previous)\b/i;

/** Marks of a time of day (rule 8): 12:00, 10.00, 17 uur, om 9, at 9, 5pm, noon, o'clock. */
const TIME_MARK =
  /\d[:.]\d\d|\d\s?(?:uur|[ap]\.?m\.?)(?![a-z])|\b(?:om|at|rond|around|tegen)\s+\d|noon|middag|midnight|middernacht|o'?\s?clock/i;

/** Hours of work after "8 uur" (rule 8). */
const HOURS_OF_WORK = /^\s*(?:per\b|p\.?\s?w\b|\/\s?(?:week|wk|maand|mnd)\b|in de week|a week|a month|weekly)/i;

/** A count with a one-letter unit (rule 9): 5m, 3y, 5 h, 5hr, 2yrs. */
const LETTER_UNIT = /\d\s?[mhsydw](?![a-z])|\d(?:hrs?|yrs?)(?![a-z])/i;

/** A numeric date that starts with its year (rule 10). */
const YEAR_FIRST = /^(\d{4})[-/.](\d{1,2})[-/.]\d{1,2}/;

/** Rule 11: a code runs on before a numeric date ("v1.10.2024", "NL-03-10-2022") or after it. */
const CODE_BEFORE = /[\p{L}\d][-./]?$/u;
const CODE_AFTER = /^(?:[-./:]?\d|\p{L})/u;

/** Rule 13: what may stand between a date and its time. */
const DATE_TIME_GAP = /^[\s,]*(?:van|vanaf|om|at|from|tussen|between|-)?\s*$/i;

interface Candidate {
  result: Result;
  /** The text chrono read, to look around the phrase. */
  text: string;
  /** Lower wins a tie between overlapping readings (rule 12). */
  rank: number;
}

const certain = (c: Components, ...names: Component[]): boolean => names.some((n) => c.isCertain(n));

const dateParts = (c: Components): number => (["day", "month", "year"] as const).filter((n) => c.isCertain(n)).length;

const isRelative = (r: Result): boolean => r.tags().has("result/relativeDate");

const endOf = (r: Result): number => r.index + r.text.length;

/** A time of day alone ("12:45 uur tot 16:30 uur"), kept for rule 13. */
const isTimeOnly = (r: Result): boolean =>
  !isRelative(r) && certain(r.start, "hour") && !certain(r.start, "day", "weekday", "month", "year");

/** Rules 6, 9, 10 and 11: is this a reading of a day? */
function namesADay(c: Candidate): boolean {
  const r = c.result;
  const s = r.start;
  if (isRelative(r)) return !LETTER_UNIT.test(r.text);
  if (!certain(s, "day", "weekday")) return false;
  const yearFirst = YEAR_FIRST.exec(r.text);
  if (yearFirst && Number(yearFirst[2]) !== s.get("month")) return false;
  if (/^\d/.test(r.text) && CODE_BEFORE.test(c.text.slice(Math.max(0, r.index - 2), r.index))) return false;
  if (/\d$/.test(r.text) && CODE_AFTER.test(c.text.slice(endOf(r), endOf(r) + 2))) return false;
  return true;
}

/** Rule 8: does the reading's time come from marks of a time, not a bare number or hours of work? */
function hasRealTime(c: Candidate): boolean {
  if (isRelative(c.result)) return true;
  const after = c.text.slice(endOf(c.result), endOf(c.result) + 20);
  return TIME_MARK.test(c.result.text) && !(/uur\s*$/i.test(c.result.text) && HOURS_OF_WORK.test(after));
}

/** The reading's start or end as a Dutch moment (rule 2). */
function toMoment(c: Components, year: number, timeOk: boolean): DutchMoment {
  const month = c.get("month") ?? 1;
  const day = c.get("day") ?? 1;
  if (!timeOk || !c.isCertain("hour")) return { date: isoDay(year, month, day), time: null };
  const hour = c.get("hour") ?? 0;
  const minute = c.get("minute") ?? 0;
  if (c.isCertain("timezoneOffset")) {
    const offset = c.get("timezoneOffset") ?? 0;
    return amsterdamParts(new Date(utcMs(year, month, day, hour, minute) - offset * MINUTE_MS));
  }
  return { date: isoDay(year, month, day), time: `${pad(hour)}:${pad(minute)}` };
}

const timeOf = (c: Components): string => `${pad(c.get("hour") ?? 0)}:${pad(c.get("minute") ?? 0)}`;

/** Rule 4: days from today to the next such weekday, today included. */
function daysToWeekday(weekday: number, today: string): number {
  const t = new Date(`${today}T00:00:00Z`).getUTCDay();
  return (weekday - t + 7) % 7;
}

/** One chrono reading as a FoundDate, by rules 2 to 4 and 8; `time` is rule 13's span, if any. */
function toFound(c: Candidate, today: string, pastDays: number, time: Candidate | undefined): FoundDate {
  const r = c.result;
  const s = r.start;
  const e = r.end ?? null;
  const timeOk = hasRealTime(c);
  let year = s.get("year") ?? Number(today.slice(0, 4));
  let endYear = e?.get("year") ?? year;
  const relative = isRelative(r);
  const yearless = !relative && !s.isCertain("year") && !(e?.isCertain("year") ?? false);
  if (yearless && s.isCertain("month") && s.isCertain("day")) {
    const resolved = resolveYear(s.get("month") ?? 1, s.get("day") ?? 1, today, pastDays);
    endYear += resolved - year;
    year = resolved;
  }
  let start = toMoment(s, year, timeOk);
  const weekday = s.get("weekday");
  const weekdayAlone = !relative && weekday !== null && s.isCertain("weekday") && !certain(s, "day", "month", "year");
  if (weekdayAlone && start.date < today && !PAST_WEEKDAY.test(r.text)) {
    start = { ...start, date: addDutchDays(today, daysToWeekday(weekday, today)) };
  }
  let end: DutchMoment | null = null;
  if (e && !weekdayAlone) {
    end = toMoment(e, endYear, timeOk);
    // "1 december - 31 januari": a yearless end before its start is in the next year.
    if (end.date < start.date && !e.isCertain("year")) end = toMoment(e, endYear + 1, timeOk);
    if (end.date < start.date || (end.date === start.date && end.time === start.time)) end = null;
  }
  if (time && start.time === null && end === null) {
    start = { ...start, time: timeOf(time.result.start) };
    const until = time.result.end;
    if (until?.isCertain("hour") && timeOf(until) > start.time!) end = { date: start.date, time: timeOf(until) };
  }
  return { start, end, index: r.index, phrase: r.text };
}

/** Rule 12: the better of two overlapping readings sorts first. */
function better(a: Candidate, b: Candidate): number {
  return (
    b.result.text.length - a.result.text.length ||
    dateParts(b.result.start) - dateParts(a.result.start) ||
    a.rank - b.rank
  );
}

const overlaps = (a: Result, b: Result): boolean => a.index < endOf(b) && b.index < endOf(a);

/**
 * Every date or date range in the text, in order of position, in Dutch wall-clock time. Dutch and
 * English are both read; where their readings overlap the better one is kept (rule 12).
 */
export function readDates(text: string, now: Date, options: ReadDatesOptions = {}): FoundDate[] {
  if (typeof text !== "string" || !(now instanceof Date) || !Number.isFinite(now.getTime())) return [];
  const input = text.slice(0, MAX_TEXT);
  if (!/\d|\p{L}{3}/u.test(input)) return [];
  const { text: read, origin } = rewrite(input);
  const reference = { instant: now, timezone: amsterdamOffsetMinutes(now) };
  const days: Candidate[] = [];
  const times: Candidate[] = [];
  parsersFor(options).forEach((parser, rank) => {
    for (const result of parser.parse(read, reference)) {
      if (result.text.includes(LINE_BREAK)) continue; // rule 7; no chrono pattern is known to cross it
      const c = { result, text: read, rank };
      if (isTimeOnly(result)) {
        if (TIME_MARK.test(result.text)) times.push(c);
      } else if (namesADay(c)) days.push(c);
    }
  });
  days.sort(better);
  const kept: Candidate[] = [];
  for (const c of days) if (!kept.some((k) => overlaps(k.result, c.result))) kept.push(c);
  kept.sort((a, b) => a.result.index - b.result.index);
  const today = amsterdamParts(now).date;
  const pastDays = options.pastDays ?? YEARLESS_PAST_DAYS;
  return kept.map((c, i) => {
    const from = endOf(c.result);
    const next = kept[i + 1]?.result.index ?? read.length;
    const time = times.find(
      (t) => t.result.index >= from && endOf(t.result) <= next && DATE_TIME_GAP.test(read.slice(from, t.result.index)),
    );
    const found = toFound(c, today, pastDays, time);
    const attached = time !== undefined && found.start.time !== null && !c.result.start.isCertain("hour");
    const last = attached ? endOf(time.result) : found.index + found.phrase.length;
    const start = origin[found.index] ?? 0;
    const end = (origin[last - 1] ?? start) + 1;
    return { ...found, index: start, phrase: input.slice(start, end) };
  });
}

/** The first date in a date field's value ("Sluitingsdatum: 12 november 2025 12:00 uur"), or null. */
export function readDate(text: string, now: Date, options: ReadDatesOptions = {}): FoundDate | null {
  return readDates(text, now, options)[0] ?? null;
}
