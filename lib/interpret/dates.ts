// The interpreter's view of dates in a listing's fields, over lib/dutch/dates.ts (chrono-node
// with our rules): "31ste oktober, 2025", "1 nov 2025", "03.10.2022", "28-11-2025 12:00 uur",
// "vrijdag 14 november om 12:00", "November 12, 2025", "morgen om 17 uur".
import { amsterdamParts } from "../model/dutch-time";
import { readDates, resolveYear, type ReadDatesOptions } from "../dutch/dates";

export { YEARLESS_PAST_DAYS } from "../dutch/dates";
export { parseRelativeDeadline } from "./relative-deadline";

export interface FoundDate {
  /** YYYY-MM-DD, a Dutch calendar day. */
  date: string;
  /** HH:MM local Dutch time, null when the text gives none. */
  time: string | null;
  /** The matched text. */
  text: string;
  /** Offset of the match in the input. */
  index: number;
}

export type DateOptions = Pick<ReadDatesOptions, "lang" | "dayFirst">;

/** A listing's dates lie between 1990 and 2100: "12-11-1850" in a text is something else. */
const plausible = (d: { start: { date: string } }): boolean => d.start.date >= "1990" && d.start.date < "2101";

/**
 * Every date in the text, in order; the end of a range ("13-14 oktober 2026", "1 januari - 1
 * maart 2026") follows its start, with the same text.
 */
export function findDates(text: string, now: Date, options: DateOptions = {}): FoundDate[] {
  const found: FoundDate[] = [];
  for (const d of readDates(text, now, options).filter(plausible)) {
    found.push({ ...d.start, text: d.phrase, index: d.index });
    if (d.end && d.end.date > d.start.date) found.push({ ...d.end, text: d.phrase, index: d.index });
  }
  return found;
}

/** The first date in a short label value ("Sluitingsdatum: 12 november 2025"); "per direct" → null. */
export function parseDate(text: string, now: Date, options: DateOptions = {}): FoundDate | null {
  return findDates(text, now, options)[0] ?? dayMonth(text, now, options);
}

// "28-11", "28/11 om 12:00 uur": a day and month alone. Too bare to be a date in running text,
// but a date where the caller knows the value is one (a date field, "uiterlijk ...").
const DAY_MONTH =
  /(?<![\d/.-])(\d{1,2})([-/.])(\d{1,2})(?![\d/.-])(?![^\S\n]{0,3}(?:dagen|dag|weken|week|maanden|maand|jaar|uur|uren|keer|days?|weeks?|months?|years?|hours?|times)\b)(?:[^\S\n]{0,3}(?:om|,|at)?[^\S\n]{0,3}(\d{1,2})[:.](\d{2})(?!\d))?/;

function dayMonth(text: string, now: Date, options: DateOptions): FoundDate | null {
  const m = DAY_MONTH.exec(text.slice(0, 200));
  if (!m) return null;
  const [first, second] = [Number(m[1]), Number(m[3])];
  const [day, month] = options.dayFirst === false ? [second, first] : [first, second];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const year = resolveYear(month, day, amsterdamParts(now).date);
  const date = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  if (new Date(`${date}T00:00:00Z`).getUTCDate() !== day) return null;
  const hour = m[4] === undefined ? null : Number(m[4]);
  const time = hour !== null && hour < 24 && Number(m[5]) < 60 ? `${String(hour).padStart(2, "0")}:${m[5]}` : null;
  return { date, time, text: m[0], index: m.index };
}

// "t/m", "tot en met", "tot", "until" between a period's two dates (chrono pairs only "-" and "tot").
const JOIN = /^\s*(?:t\/m|t\.m\.|tm|tot\s+en\s+met|tot|-|–|—|until|till|through|thru|to)\s*$/i;

/** A period: "1-11-2025 t/m 1-11-2027" (KB&P), "van 1 januari tot en met 31 maart 2026", "13-14 oktober 2026". */
export function parseDateRange(
  text: string,
  now: Date,
  options: DateOptions = {},
): { start: FoundDate; end: FoundDate } | null {
  const all = readDates(text, now, options).filter(plausible);
  const first = all[0];
  if (!first) return null;
  const at = (m: { date: string; time: string | null }, d: typeof first): FoundDate => ({
    ...m,
    text: d.phrase,
    index: d.index,
  });
  if (first.end && first.end.date >= first.start.date)
    return { start: at(first.start, first), end: at(first.end, first) };
  const second = all[1];
  if (!second) return null;
  const between = text.slice(first.index + first.phrase.length, second.index);
  if (!JOIN.test(between) || second.start.date < first.start.date) return null;
  return { start: at(first.start, first), end: at(second.start, second) };
}

/** The deadline field: "YYYY-MM-DD", or "YYYY-MM-DDTHH:MM" when the text gave a time. */
export function toDeadline(d: { date: string; time: string | null }): string {
  return d.time === null ? d.date : `${d.date}T${d.time}`;
}
