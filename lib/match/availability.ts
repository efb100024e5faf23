// Availability asked inside a requirement ("beschikbaar voor minimaal 24 uur per week", "per
// direct", "beschikbaar per 1 januari 2026") against the profile's hours and first free day.
// Read only when every word of the claim is understood: "beschikbaar op 3 en 10 december" or
// "ook 's avonds" asks what the profile cannot tell, and stays unknown.
import type { Profile } from "../model/profile";
import { allOf, finding, quote, quoted, type Finding } from "./verdict";

export const AVAILABILITY_WORDS = /beschikba|per direct|inzetba|\bstart|zo spoedig mogelijk/;

const MONTHS = [
  "januari",
  "februari",
  "maart",
  "april",
  "mei",
  "juni",
  "juli",
  "augustus",
  "september",
  "oktober",
  "november",
  "december",
];
const MONTH = `(${MONTHS.join("|")}|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec)`;
const MONTH_INDEX = (word: string) => MONTHS.findIndex((m) => m.startsWith(word.slice(0, 3)));
// A start is a date after one of these words; a date after anything else ("op 3 december") is a
// given day the profile cannot tell about.
const START_LEAD = "(?:per|vanaf|van|starten op|start op|startdatum:?|uiterlijk|ingaande)";
/** Letters every START_LEAD starts with: a claim without them has no start date (nor need its regexes compile). */
const START_LEAD_LETTERS = ["per", "van", "start", "uiterlijk", "ingaande"];
const DATE_FORMS = [
  new RegExp(`\\b${START_LEAD} (\\d{1,2}) ${MONTH}(?: (\\d{4}))?\\b`),
  new RegExp(`\\b${START_LEAD} (\\d{1,2})-(\\d{1,2})-(\\d{4})\\b`),
  new RegExp(`\\b${START_LEAD} ()${MONTH}(?: (\\d{4}))?\\b`),
];
// "tot en met juni 2026": the end of a period that starts when the user is free anyway.
const PERIOD_END = new RegExp(`\\btot (?:en met )?(?:\\d{1,2} )?${MONTH}(?: \\d{4})?\\b`);
const AS_SOON = /\bper direct\b|\bzo spoedig mogelijk\b|\bz\.?s\.?m\.?\b|\bdirect\b/;
const HOURS =
  /\b(minimaal|min|ten minste|tenminste|minstens|maximaal|max|gemiddeld|circa|ca)?\s*(\d{1,2})(?:\s*(?:-|tot|a)\s*(\d{1,2}))?\s*(uur|uren|dagen|dag)\s*(?:per|in de|p\/)\s*week\b/;
const FULLTIME = /\bfull-?time\b/;
/** The words an availability claim may hold besides its hours and dates. */
const UNDERSTOOD = new Set(
  `je jij u bent is zijn wordt beschikbaar beschikbaarheid inzetbaar inzetbaarheid voor van vanaf per een
   minimaal gemiddeld kunt kan starten start startdatum direct zo spoedig mogelijk uiterlijk fulltime
   full time de opdracht en`
    .split(/\s+/)
    .filter(Boolean),
);

export interface AvailabilityAsk {
  /** Hours a week asked, max Infinity for "minimaal". */
  hours: { min: number; max: number } | null;
  /** The latest first day the listing accepts; "today" for "per direct". */
  start: { day: string } | { asap: true } | null;
}

function isoDay(year: number, month: number, day: number): string {
  return `${year}-${String(month + 1).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** A date without a year is its next occurrence from today on ("15 december" on 20 Nov 2025). */
function withYear(month: number, day: number, year: string | undefined, today: string | null): string | null {
  if (year) return isoDay(Number(year), month, day);
  if (!today) return null;
  const thisYear = Number(today.slice(0, 4));
  const candidate = isoDay(thisYear, month, day);
  return candidate >= today ? candidate : isoDay(thisYear + 1, month, day);
}

function readStart(text: string, today: string | null): { day: string | null; rest: string } | null {
  if (!START_LEAD_LETTERS.some((lead) => text.includes(lead))) return null;
  for (const [i, re] of DATE_FORMS.entries()) {
    const m = re.exec(text);
    if (!m) continue;
    const rest = text.slice(0, m.index) + " " + text.slice(m.index + m[0].length);
    if (i === 1) return { day: isoDay(Number(m[3]), Number(m[2]) - 1, Number(m[1])), rest };
    const month = MONTH_INDEX(m[2]!);
    return { day: withYear(month, m[1] ? Number(m[1]) : 1, m[3], today), rest };
  }
  return null;
}

/** null when the claim holds words the profile cannot answer (given days, evenings, a whole term). */
export function parseAvailability(claim: string, today: string | null): AvailabilityAsk | null {
  let rest = claim.replace(/[():,]/g, " ");
  let hours: AvailabilityAsk["hours"] = null;
  // HOURS ends in "week": without it, no need to run (or compile) it.
  const h = rest.includes("week") ? HOURS.exec(rest) : null;
  if (h) {
    const perDay = h[4]!.startsWith("dag") ? 8 : 1;
    const low = Number(h[2]) * perDay;
    const high = h[3] ? Number(h[3]) * perDay : low;
    const bound = h[1] ?? "";
    hours = /^min|ten minste|tenminste/.test(bound)
      ? { min: low, max: Infinity }
      : /^max/.test(bound)
        ? { min: 0, max: high }
        : { min: low, max: high };
    rest = rest.slice(0, h.index) + " " + rest.slice(h.index + h[0].length);
  } else if (FULLTIME.test(rest)) hours = { min: 36, max: Infinity };
  let start: AvailabilityAsk["start"] = null;
  const dated = readStart(rest, today);
  if (dated) {
    if (dated.day === null) return null;
    start = { day: dated.day };
    rest = dated.rest.replace(PERIOD_END, " ");
  }
  if (!start && AS_SOON.test(rest)) start = { asap: true };
  if (!hours && !start) return null;
  const words = rest.match(/[a-z0-9']+/g) ?? [];
  return words.every((w) => UNDERSTOOD.has(w)) ? { hours, start } : null;
}

export function availabilityFinding(ask: AvailabilityAsk, profile: Profile, today: string | null): Finding {
  const found: Finding[] = [];
  if (ask.hours) {
    const can = profile.hoursPerWeek;
    if (!can) found.push(finding("unknown", "match_avail_hours_none"));
    else {
      const overlap = ask.hours.min <= can.max && can.min <= ask.hours.max;
      const span = { span: can };
      found.push(
        quoted(
          finding(overlap ? "met" : "unmet", overlap ? "match_avail_hours_met" : "match_avail_hours_unmet", span),
          quote("match_ev_hours", span),
        ),
      );
    }
  }
  if (ask.start) {
    const free = profile.availableFrom;
    const by = "day" in ask.start ? ask.start.day : today;
    if (!free || !by) found.push(finding("unknown", "match_avail_start_none"));
    else {
      const ok = free <= by;
      const key =
        "asap" in ask.start
          ? ok
            ? "match_avail_now_met"
            : "match_avail_now_unmet"
          : ok
            ? "match_avail_start_met"
            : "match_avail_start_unmet";
      found.push(quoted(finding(ok ? "met" : "unmet", key, { day: free }), quote("match_ev_start", { day: free })));
    }
  }
  return allOf(found);
}
