// Absolute dates in a text, read by chrono-node (Dutch, plus English "November 12, 2025"), kept as
// the components the page wrote: chrono's Date objects are built in the machine's zone and its fixed
// "CET" is an hour off in summer, so instants are made later, in Europe/Amsterdam (time-zone.ts).
import * as nl from "chrono-node/nl";
import * as en from "chrono-node/en";
import type { ParsedResult } from "chrono-node/nl";

type ParsedComponents = ParsedResult["start"];
import { clockAfter } from "./clock";
import { dateWindows } from "./date-windows";
import { amsterdamParts } from "./time-zone";

export interface ScannedDay {
  /** null when the text gives no year ("14 januari"); the caller resolves it. */
  year: number | null;
  month: number;
  day: number;
  /** "HH:MM" Dutch wall-clock time, or null for a date-only phrase. */
  time: string | null;
}

export interface ScannedDate extends ScannedDay {
  text: string;
  index: number;
  /** A range chrono read as one phrase ("13-14 oktober 2026"). */
  end: ScannedDay | null;
}

let dutch: nl.Chrono | undefined;
let english: en.Chrono | undefined;

// chrono's date+time and range mergers are left out. It reads any number after a date as an hour
// ("3 december 2025, 25 personen" → hour 25 → the date is lost; "13-14 oktober 2026, 24-uurs"
// likewise), so we attach clock times ourselves (clock.ts) and pair ranges ourselves ("t/m").
function withoutMergers<T extends { refiners: object[] }>(config: T): T {
  config.refiners = config.refiners.filter((r) => !("patternBetween" in r && isMergeJoin(r.patternBetween)));
  return config;
}

function isMergeJoin(patternBetween: unknown): boolean {
  if (typeof patternBetween !== "function") return false;
  const re = (patternBetween as () => RegExp)();
  return re.test(" tot ") || re.test(" to ") || re.test(", ");
}

function dutchChrono(): nl.Chrono {
  dutch ??= new nl.Chrono(withoutMergers(nl.createConfiguration(true, true)));
  return dutch;
}

function englishChrono(): en.Chrono {
  english ??= new en.Chrono(withoutMergers(en.configuration.createConfiguration(true, false)));
  return english;
}

// "November 12", "3rd March", "October": only then is an English pass worth its time.
const ENGLISH =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?!\d)|\b(?:january|february|march|may|june|july|august|october)\b|\d(?:st|nd|rd|th)\b/i;
// chrono-nl knows "1ste" and "2de", not the common "1e": blank the "e" so offsets stay put.
const DUTCH_E_ORDINAL = /\b(\d{1,2})e(?=\s+(?:jan|feb|maa|apr|mei|jun|jul|aug|sep|okt|nov|dec))/gi;
const CET = /\b(?:CES?T|MES?Z|MET)\b/;

function hhmm(c: ParsedComponents): string {
  return `${String(c.get("hour") ?? 0).padStart(2, "0")}:${String(c.get("minute") ?? 0).padStart(2, "0")}`;
}

function validDay(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** The day a component names, or null when it names no full calendar day. */
function toDay(c: ParsedComponents, text: string): ScannedDay | null {
  if (!c.isCertain("day") || !c.isCertain("month")) return null;
  const month = c.get("month") ?? 0;
  const day = c.get("day") ?? 0;
  const year = c.isCertain("year") ? (c.get("year") ?? 0) : null;
  if (year !== null && (year < 1990 || year > 2100)) return null;
  if (!validDay(year ?? 2000, month, day)) return null;
  const time = c.isCertain("hour") ? hhmm(c) : null;
  const offset = c.get("timezoneOffset");
  if (year !== null && time !== null && c.isCertain("timezoneOffset") && offset !== null && !CET.test(text)) {
    // "17:00 UTC", "2025-11-12T16:00:00Z": an explicit other zone, convert to Dutch time.
    const utc = Date.UTC(year, month - 1, day, c.get("hour") ?? 0, c.get("minute") ?? 0) - offset * 60_000;
    const dutchParts = amsterdamParts(new Date(utc));
    const [y, m, d] = dutchParts.date.split("-").map(Number);
    return { year: y ?? year, month: m ?? month, day: d ?? day, time: dutchParts.time };
  }
  return { year, month, day, time };
}

/** A match inside a longer number or word: "v1.10.2024", "NL-03-10-2022-7", "06-12345678". */
function glued(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 2), start);
  const after = text.slice(end, end + 2);
  return /[\p{L}\d]$|[\p{L}\d][./-]$/u.test(before) || /^\d|^[./-]\d/.test(after);
}

function toScanned(r: ParsedResult, text: string, offset: number): ScannedDate | null {
  const at = r.index + offset;
  if (r.tags().has("result/relativeDate") || glued(text, at, at + r.text.length)) return null;
  if (/\d{4}-\d{1,2}$/.test(r.text)) return null; // "2022-7": chrono took a code's tail for a UTC offset
  const start = toDay(r.start, r.text);
  if (!start) return null;
  const end = r.end ? toDay(r.end, r.text) : null;
  const sameDay = end && end.day === start.day && end.month === start.month && end.year === start.year;
  const lead = /^(?:on|op)\s+/i.exec(r.text)?.[0].length ?? 0; // English "on 3rd March"
  const matched = r.text.slice(lead).trimEnd();
  const scanned = { ...start, text: matched, index: at + lead, end: sameDay ? null : end };
  const after = scanned.index + matched.length;
  const clock = start.time === null ? clockAfter(text.slice(after, after + 40)) : null;
  if (!clock) return scanned;
  return { ...scanned, time: clock.time, text: matched + text.slice(after, after + clock.length) };
}

/** Dates chrono finds in one stretch; English only where Dutch found nothing on the same words. */
function scanWindow(text: string, start: number, end: number, now: Date): ScannedDate[] {
  const part = text.slice(start, end);
  const found = dutchChrono()
    .parse(part, now)
    .map((r) => toScanned(r, text, start))
    .filter((d): d is ScannedDate => d !== null);
  if (!ENGLISH.test(part)) return found;
  const taken = (d: ScannedDate) =>
    found.some((f) => f.index < d.index + d.text.length && d.index < f.index + f.text.length);
  for (const r of englishChrono().parse(part, now)) {
    const d = toScanned(r, text, start);
    if (d && /[a-z]{3}/i.test(d.text) && !taken(d)) found.push(d);
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Every full calendar date in the text, in reading order. */
export function scanDates(text: string, now: Date): ScannedDate[] {
  const prepared = text.replace(DUTCH_E_ORDINAL, "$1 ");
  const found = dateWindows(prepared).flatMap(([start, end]) => scanWindow(prepared, start, end, now));
  return found.map((d) => ({ ...d, text: text.slice(d.index, d.index + d.text.length) }));
}
