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

/** "13-14 oktober": a range when the first day comes first, else only the date after the dash. */
function dayFirst(m: RegExpMatchArray): WrittenDate | null {
  const [text, weekday = "", range = "", first, day, month, year] = m;
  const date = { year: yearOf(year), month: monthNumber(month ?? ""), day: Number(day), text, index: m.index ?? 0 };
  if (first === undefined) return { ...date, firstDay: null };
  if (Number(first) >= 1 && Number(first) < date.day) return { ...date, firstDay: Number(first) };
  const skip = weekday.length + range.length;
  return { ...date, firstDay: null, text: text.slice(skip), index: date.index + skip };
}

function monthFirst(m: RegExpMatchArray): WrittenDate | null {
  const [text, , month, day, year] = m;
  return {
    year: yearOf(year),
    month: monthNumber(month ?? ""),
    day: Number(day),
    firstDay: null,
    text,
    index: m.index ?? 0,
  };
}

/** Day first; "6/13/2018" (a month above 12) is American. Two-digit years not after dots ("Python 3.10.12"). */
function numeric(m: RegExpMatchArray): WrittenDate | null {
  const [text, , day = "", separator, month = "", year = ""] = m;
  if (year.length === 2 && separator === ".") return null;
  const [d, mo] = separator === "/" && Number(month) > 12 ? [month, day] : [day, month];
  const fullYear = year.length === 2 ? Number(year) + (Number(year) < 90 ? 2000 : 1900) : Number(year);
  return { year: fullYear, month: Number(mo), day: Number(d), firstDay: null, text, index: m.index ?? 0 };
}

function iso(m: RegExpMatchArray): WrittenDate | null {
  const [text, year, , month, day] = m;
  return { year: Number(year), month: Number(month), day: Number(day), firstDay: null, text, index: m.index ?? 0 };
}

/** Each form's pattern and the reader of its match. */
export const DATE_FORMS: [RegExp, (m: RegExpMatchArray) => WrittenDate | null][] = [
  [DAY_FIRST, dayFirst],
  [MONTH_FIRST, monthFirst],
  [NUMERIC, numeric],
  [ISO, iso],
];
