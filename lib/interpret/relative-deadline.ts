// Closing phrases relative to the moment the page is read: "Sluit over 11 dagen" (KB&P), "Nog 3
// dagen", "Sluit morgen", "Vandaag", "Closes in 5 days". Counted on the Dutch calendar day of `now`.
import { DUTCH_NUMBER_WORDS, ENGLISH_NUMBER_WORDS } from "../dutch/numbers";
import type { FoundDate } from "./dates";
import { addDutchDays, amsterdamParts } from "../model/dutch-time";

// The count words of both languages; "één" as Dutch writes "one" with its accents.
const NUMBER_WORDS: Readonly<Record<string, number>> = { ...DUTCH_NUMBER_WORDS, één: 1, ...ENGLISH_NUMBER_WORDS };
const NUMBER = String.raw`(\d{1,3}|${Object.keys(NUMBER_WORDS).join("|")})`;
const UNIT = String.raw`(dagen|dag|days?|weken|week|weeks?|uren|uur|hours?)`;
const CLOSING = String.raw`(?:(sluit|sluiting|closes|closing|ends|expires|deadline|reageren(?:\s+kan)?)\s*:?\s*)?`;
const TIME = String.raw`(?:\s*(?:om|at|,)?\s*(\d{1,2})[:.](\d{2})(?:\s*uur)?)?`;
const NOT_A_RATE = String.raw`(?!\s*(?:per|in\s+de|a\s+week|geleden|ago)\b)`;

const COUNT = new RegExp(String.raw`${CLOSING}\b(over|nog|in)\s+${NUMBER}\s+${UNIT}\b${NOT_A_RATE}${TIME}`, "giu");
const LEFT = new RegExp(String.raw`\b${NUMBER}\s+${UNIT}\s+(?:left|remaining|resterend|te\s+gaan)\b`, "giu");
const DAY_WORD = new RegExp(String.raw`${CLOSING}\b(vandaag|overmorgen|morgen|today|tomorrow)\b${TIME}`, "giu");

const DAY_OFFSET: Record<string, number> = { vandaag: 0, today: 0, morgen: 1, tomorrow: 1, overmorgen: 2 };

function count(word: string): number | null {
  const n = /^\d+$/.test(word) ? Number(word) : NUMBER_WORDS[word.toLowerCase()];
  return n === undefined || n > 400 ? null : n;
}

/** The phrase is the whole text ("Vandaag", "over 2 weken"), not a word in a sentence. */
function standsAlone(text: string, m: RegExpExecArray): boolean {
  const rest = text.slice(0, m.index) + text.slice(m.index + m[0].length);
  return /^[\s.,:;!()\-–]*$/.test(rest);
}

function timeOf(hour: string | undefined, minute: string | undefined): string | null {
  if (hour === undefined || minute === undefined || Number(hour) > 23 || Number(minute) > 59) return null;
  return `${hour.padStart(2, "0")}:${minute}`;
}

/** The date `n` units after `now` on the Dutch calendar; hours count from the moment itself. */
function dateAfter(now: Date, n: number, unit: string): string {
  if (/^(uur|uren|hour)/i.test(unit)) return amsterdamParts(new Date(now.getTime() + n * 3_600_000)).date;
  const days = /^(dag|day)/i.test(unit) ? n : n * 7;
  return addDutchDays(amsterdamParts(now).date, days);
}

function fromCount(text: string, m: RegExpExecArray, now: Date): FoundDate | null {
  const [, closing, lead = "", num = "", unit = "", hour, minute] = m;
  const trusted = closing !== undefined || lead.toLowerCase() === "nog" || standsAlone(text, m);
  const n = count(num);
  if (!trusted || n === null) return null;
  const time = /^(uur|uren|hour)/i.test(unit) ? null : timeOf(hour, minute);
  return { date: dateAfter(now, n, unit), time, text: m[0].trim(), index: m.index };
}

function fromLeft(_text: string, m: RegExpExecArray, now: Date): FoundDate | null {
  const n = count(m[1] ?? "");
  return n === null ? null : { date: dateAfter(now, n, m[2] ?? ""), time: null, text: m[0].trim(), index: m.index };
}

function fromDayWord(text: string, m: RegExpExecArray, now: Date): FoundDate | null {
  const [, closing, word = "", hour, minute] = m;
  if (closing === undefined && !standsAlone(text, m)) return null;
  const date = addDutchDays(amsterdamParts(now).date, DAY_OFFSET[word.toLowerCase()] ?? 0);
  return { date, time: timeOf(hour, minute), text: m[0].trim(), index: m.index };
}

const READERS: [RegExp, typeof fromCount][] = [
  [COUNT, fromCount],
  [LEFT, fromLeft],
  [DAY_WORD, fromDayWord],
];

/**
 * A relative closing phrase, resolved against `now`. A count after "nog", a phrase after a closing
 * word ("sluit", "closes", "deadline") or a phrase that is the whole text counts; "vandaag" or
 * "over 2 weken" inside a sentence, and "3 dagen per week", do not. Time null unless written.
 */
export function parseRelativeDeadline(text: string, now: Date): FoundDate | null {
  let best: FoundDate | null = null;
  for (const [re, read] of READERS) {
    for (const m of text.matchAll(re)) {
      if (best && m.index >= best.index) break;
      const found = read(text, m as RegExpExecArray, now);
      if (found) {
        best = found;
        break;
      }
    }
  }
  return best;
}
