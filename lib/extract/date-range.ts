// Periods: "1-11-2025 t/m 1-11-2027" (KB&P), "van 1 januari tot en met 31 maart 2026",
// "1 januari - 1 maart 2026", "01-01-2026 tot 31-12-2026", "13-14 oktober 2026".
import { scanDates, type ScannedDate, type ScannedDay } from "./date-scan";
import { resolveYear, toFoundDate, type FoundDate } from "./found-date";

const JOIN = /^\s*(?:t\/m|t\.m\.|tm|tot\s+en\s+met|tot|-|–|—|until|till|through|thru|to)\s*$/i;
// "13 - 14 oktober": a bare day number joined to a full date that follows.
const DAY_BEFORE = /(?<![\d./-])(\d{1,2})(?:e|ste|de)?\s*(?:-|–|—|t\/m|tot(?:\s+en\s+met)?)\s*$/i;

type Range = { start: FoundDate; end: FoundDate };

const monthDay = (d: ScannedDay): number => d.month * 100 + d.day;

/** Years for a pair where one or both were left out: the end shares the start's year, or the next. */
function withYears(a: ScannedDay, b: ScannedDay, now: Date): [ScannedDay, ScannedDay] {
  if (a.year !== null && b.year !== null) return [a, b];
  if (a.year === null && b.year !== null) {
    return [{ ...a, year: b.year - (monthDay(a) > monthDay(b) ? 1 : 0) }, b];
  }
  const startYear = a.year ?? resolveYear(a.month, a.day, now);
  return [
    { ...a, year: startYear },
    { ...b, year: startYear + (monthDay(b) < monthDay(a) ? 1 : 0) },
  ];
}

function range(a: ScannedDay, aText: string, aIndex: number, b: ScannedDate, now: Date): Range | null {
  const [start, end] = withYears(a, b, now);
  const r = { start: toFoundDate(start, aText, aIndex, now), end: toFoundDate(end, b.text, b.index, now) };
  return r.end.date >= r.start.date ? r : null;
}

function dayBefore(text: string, b: ScannedDate, from: number, now: Date): Range | null {
  const lookBack = Math.max(from, b.index - 24);
  const m = DAY_BEFORE.exec(text.slice(lookBack, b.index));
  const digits = m?.[1] ?? "";
  const day = Number(digits);
  if (!m || !(day >= 1 && day < b.day)) return null;
  const start: ScannedDay = { year: b.year, month: b.month, day, time: null };
  const index = lookBack + m.index;
  return range(start, text.slice(index, index + digits.length), index, b, now);
}

/** The first period in the text (a start date joined to an end date), or null. */
export function parseDateRange(text: string, now: Date): Range | null {
  const dates = scanDates(text);
  let from = 0;
  let previous: ScannedDate | undefined;
  for (const d of dates) {
    if (d.end) {
      const end = { ...d, ...d.end, year: d.end.year ?? d.year, end: null };
      const r = range(d, d.text, d.index, end, now);
      if (r) return r;
    }
    const between = previous ? text.slice(previous.index + previous.text.length, d.index) : "";
    const joined = previous && JOIN.test(between) ? range(previous, previous.text, previous.index, d, now) : null;
    const found = joined ?? dayBefore(text, d, from, now);
    if (found) return found;
    previous = d;
    from = d.index + d.text.length;
  }
  return null;
}
