// The written forms of a calendar day, one pattern each: "31ste oktober, 2025" and "13-14 oktober
// 2026" (day first), "November 12th, 2025" (English, month first), "03.10.2022" and "12/11/2025"
// (day first, as in the Netherlands), "2025-11-12". No pattern nests quantifiers, so none can
// backtrack badly on "1-1-1-…" or long runs of numbers.
import { DUTCH_ONLY_MONTHS, MONTH_NAMES, WEEKDAY_NAMES, monthNumber } from "./date-words";

export interface WrittenDate {
  /** null when the text gives no year ("14 januari"). */
  year: number | null;
  month: number;
  day: number;
  /** The first day of a range written as one phrase ("13-14 oktober 2026"), else null. */
  firstDay: number | null;
  text: string;
  index: number;
}

const alternatives = (names: string[]): string => [...names].sort((a, b) => b.length - a.length).join("|");
const allMonths = MONTH_NAMES.flatMap((names) => names.split(" "));
const ANY_MONTH = alternatives(allMonths);
const ENGLISH_MONTH = alternatives(allMonths.filter((name) => !DUTCH_ONLY_MONTHS.includes(name)));
const WEEKDAY = String.raw`((?:${alternatives(WEEKDAY_NAMES.split(" "))})\.?,?\s+)?`;
// Not part of a longer number or code: "v1.10.2024", "NL-03-10-2022-7", "06-12345678".
const START = String.raw`(?<![\p{L}\d]|[\p{L}\d][./-])`;
const END = String.raw`(?!\d|[./-]\d)`;
const YEAR = String.raw`(?:,?\s*(\d{4})(?!\d))?`;

const DAY_FIRST = new RegExp(
  String.raw`${START}${WEEKDAY}((\d{1,2})\s*[-–]\s*)?(\d{1,2})(?:ste|de|st|nd|rd|th|e)?\s*(?:of\s+)?` +
    String.raw`(${ANY_MONTH})(?![\p{L}\d])(?:\.(?=[^\S\n]*[,\d]))?${YEAR}`, // "1 nov. 2025", not "27 november."
  "giu",
);
// The day is no hour: "Dec 17.00", "March 5 pm", "per nov 32 uur per week".
const NOT_AN_HOUR = String.raw`(?![\p{L}\d]|[.:]\d|\s*(?:uur|u|h|[ap]\.?m)\b)`;
const MONTH_FIRST = new RegExp(
  String.raw`${START}${WEEKDAY}(${ENGLISH_MONTH})\.?\s+(\d{1,2})(?:st|nd|rd|th)?${NOT_AN_HOUR}${YEAR}`,
  "giu",
);
const NUMERIC = new RegExp(String.raw`${START}${WEEKDAY}(\d{1,2})([-./])(\d{1,2})\3(\d{4}|\d{2})${END}`, "giu");
const ISO = new RegExp(String.raw`${START}(\d{4})([-/.])(\d{1,2})\2(\d{1,2})${END}`, "gu");

const yearOf = (digits: string | undefined): number | null => (digits === undefined ? null : Number(digits));

// Object literals, not spreads: a page can hold thousands of dates.
function written(m: RegExpMatchArray, year: number | null, month: number, day: number, skip = 0): WrittenDate {
  return { year, month, day, firstDay: null, text: m[0].slice(skip), index: (m.index ?? 0) + skip };
}

/** "13-14 oktober": a range when the first day comes first, else only the date after the dash. */
function dayFirst(m: RegExpMatchArray): WrittenDate {
  const [, weekday = "", range = "", first, day, month = "", year] = m;
  const firstDay = Number(first);
  const valid = first === undefined || (firstDay >= 1 && firstDay < Number(day));
  const date = written(m, yearOf(year), monthNumber(month), Number(day), valid ? 0 : weekday.length + range.length);
  if (valid && first !== undefined) date.firstDay = firstDay;
  return date;
}

function monthFirst(m: RegExpMatchArray): WrittenDate {
  const [, , month = "", day, year] = m;
  return written(m, yearOf(year), monthNumber(month), Number(day));
}

/** Day first; "6/13/2018" (a month above 12) is American. Two-digit years not after dots ("Python 3.10.12"). */
function numeric(m: RegExpMatchArray): WrittenDate | null {
  const [, , day = "", separator, month = "", year = ""] = m;
  if (year.length === 2 && separator === ".") return null;
  const [d, mo] = separator === "/" && Number(month) > 12 ? [month, day] : [day, month];
  const fullYear = year.length === 2 ? Number(year) + (Number(year) < 90 ? 2000 : 1900) : Number(year);
  return written(m, fullYear, Number(mo), Number(d));
}

function iso(m: RegExpMatchArray): WrittenDate {
  const [, year, , month, day] = m;
  return written(m, Number(year), Number(month), Number(day));
}

/** Each form's pattern and the reader of its match. */
export const DATE_FORMS: [RegExp, (m: RegExpMatchArray) => WrittenDate | null][] = [
  [DAY_FIRST, dayFirst],
  [MONTH_FIRST, monthFirst],
  [NUMERIC, numeric],
  [ISO, iso],
];
