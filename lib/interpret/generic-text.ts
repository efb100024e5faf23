// The text tier of the generic extractor: label/value pairs first, then cautious free-text cues.
import type { Block } from "../model/page-reading";
import type { Draft } from "./draft";
import { fill, markNone } from "./draft";
import { interpret, statesNone } from "./fields";
import type { LabelField } from "../dutch/label-words";
import { findLabelledValues, type LabelledValue } from "./labels";
import type { Page } from "./page";
import { parseDate, type DateOptions } from "./dates";
import { dateOptionsOf } from "./date-order";
import { parseHoursPerWeek } from "./hours";
import { parseRate } from "./money";

function acceptable(lv: LabelledValue): boolean {
  if (lv.how !== "prefix") return true;
  if (lv.value.length > 60 || lv.block.heading) return false;
  // "Organisatie en team", "Plaats je cv": a label word opening a sentence is no label
  if (lv.field === "client" || lv.field === "location") return /^(?:[\p{Lu}\d]|['’][st][\s-])/u.test(lv.value);
  return true;
}

/** The page's label/value pairs that read as such (see acceptable). */
export function readLabels(page: Page): LabelledValue[] {
  const main = findLabelledValues(page.blocks).filter(acceptable);
  // The listing's facts in a sidebar (Brunel, Randstad): after the main text's, so they fill
  // only what it lacks; never a deadline (sidebars hold other listings' closing dates too).
  const side = findLabelledValues(page.blocks, { sidebars: true }).filter(
    (lv) => lv.block.chrome && lv.field !== "deadline" && acceptable(lv),
  );
  return [...main, ...side];
}

// Fields a visible label can state as absent, so structured data may not fill them.
const NONE_FIELDS = ["rate", "startDate", "endDate"] as const;
type NoneField = (typeof NONE_FIELDS)[number];
const isNoneField = (field: LabelField): field is NoneField => (NONE_FIELDS as readonly string[]).includes(field);

/**
 * "Maximum tarief: Geen maximum", "Salaris: In consultation", "Start: Zo snel mogelijk": the page
 * says outright that it gives no such value. Recorded before structured data fills the draft, so
 * the visible text beats a JSON-LD baseSalary (Opdracht Overheid: truth null, JSON-LD 90/hour).
 * A label that does give a value elsewhere on the page still fills the field (fill lets text in).
 */
export function markStatedNone(draft: Draft, labelled: LabelledValue[], now: Date): void {
  for (const lv of labelled) {
    if (!isNoneField(lv.field)) continue;
    if (Object.keys(interpret(lv.field, lv.value, now, true, lv.label)).length) continue;
    if (statesNone(lv.field, lv.value)) markNone(draft, lv.field, `${lv.label}: ${lv.value}`);
  }
}

/**
 * "Geplaatst door Hogeschool Utrecht · 19 november 2025" (Jellow): a date label whose own part
 * names who, with the date as the next part of the line. That part, when it is a bare date.
 */
function dateOnNextPart(lv: LabelledValue): string | null {
  if (lv.field !== "published" || lv.block.text.length > 200) return null;
  const parts = lv.block.text.split(/\s[·•|]\s/);
  const at = parts.findIndex((p) => p.includes(lv.label) && p.includes(lv.value));
  const next = at >= 0 ? parts[at + 1]?.trim() : undefined;
  return next && next.length <= 40 && /^\p{L}{0,10}\.?\s?\d/u.test(next) ? next : null;
}

/**
 * Fills what labelled values give, except the deadline (deadline.ts chooses among all the page's
 * closing moments); returns the fields the page labels at all.
 */
export function fillFromLabels(draft: Draft, page: Page, labelled: LabelledValue[]): Set<LabelField> {
  const seen = new Set<LabelField>();
  const dates = dateOptionsOf(page.blocks, page.lang);
  for (const lv of labelled) {
    if (lv.field === "deadline") {
      seen.add(lv.field);
      continue;
    }
    let values = interpret(lv.field, lv.value, page.now, true, lv.label, dates);
    const next = Object.keys(values).length ? null : dateOnNextPart(lv);
    if (next) values = interpret(lv.field, next, page.now, true, lv.label, dates);
    if (Object.keys(values).length || lv.how !== "prefix") seen.add(lv.field);
    fill(draft, values, "text", `${lv.label}: ${lv.value}`);
  }
  return seen;
}

// "De opdracht start op 5 januari 2026 en loopt tot en met 30 juni 2026" (Hays): the start and
// end of the work in a sentence. Bounded gaps; the date must follow the phrase at once.
const START_PHRASE =
  /\b(?:start(?:en|t)?|begint|beginnen|aanvang|ingangsdatum|startdatum|indiensttreding|starts?|starting|commences?|beginn|eintritt|(?:zoeken|suchen)[ \t]+(?:wij|we|wir))\b[^.!?\n\d]{0,25}?(?:\b(?:op|per|vanaf|on|from|in|is|zum|ab)|:)[ \t]+/gi;
const END_PHRASE =
  /\b(?:loopt|lopen|duurt|eindigt|einddatum|looptijd|runs?|lasts?|ends?)\b[^.!?\n]{0,30}?\b(?:tot\s+en\s+met|t\/m|tot|until|till|through|op|on|is)[ \t]+/gi;
// Sentences about responding or availability, not about the work's own dates.
const NOT_WORK_DATES =
  /\b(?:reageren|reactie|reacties|sluitingsdatum|solliciteren|sollicitatie|inschrijven|deadline|apply|application|closing|gesprek|gesprekken|interview|beschikbaar|available)\b/i;

function dateAfterPhrase(text: string, phrase: RegExp, now: Date, dates: DateOptions): string | null {
  for (const m of text.matchAll(phrase)) {
    const from = m.index + m[0].length;
    const found = parseDate(text.slice(from, from + 40), now, dates);
    if (found && found.index <= 2) return found.date;
  }
  return null;
}

/** The work's start and end dates a sentence in `block` states, if any. */
function workDates(block: Block, now: Date, dates: DateOptions): { startDate?: string; endDate?: string } {
  const out: { startDate?: string; endDate?: string } = {};
  for (const sentence of block.text.split(/(?<=[.!?])\s+|\n/)) {
    if (sentence.length > 300 || NOT_WORK_DATES.test(sentence)) continue;
    out.startDate ??= dateAfterPhrase(sentence, START_PHRASE, now, dates) ?? undefined;
    out.endDate ??= dateAfterPhrase(sentence, END_PHRASE, now, dates) ?? undefined;
  }
  if (out.startDate && out.endDate && out.endDate <= out.startDate) delete out.endDate;
  return out;
}

/** Blocks of running text a free-text reader may look at: short ones (a fact line, not prose). */
function readable(block: Block, max = 300): boolean {
  return !block.chrome && block.text.length <= max;
}

/**
 * Cues in running text where no label gave the field: hours first, so that a bare "€85 - €93"
 * counts as per hour on a page that states hours per week; then the rate; then the work's dates.
 */
export function fillFromFreeText(draft: Draft, page: Page, labelled: Set<LabelField>): void {
  for (const block of page.blocks) {
    if (!readable(block) || draft.hoursPerWeek || labelled.has("hoursPerWeek")) continue;
    const hours = parseHoursPerWeek(block.text);
    if (hours) fill(draft, { hoursPerWeek: hours.hours }, "text", block.text);
  }
  fillRateFromText(draft, page.blocks, labelled, "text");
  const dated = labelled.has("startDate") || labelled.has("endDate") || labelled.has("period");
  const dates = dateOptionsOf(page.blocks, page.lang);
  for (const block of page.blocks) {
    if (dated || (draft.startDate && draft.endDate)) break;
    // prose too: the sentence is the unit here ("Für unsere Netzgesellschaft suchen wir zum 01.02.2026 …")
    if (!readable(block, 1500) || block.heading) continue;
    fill(draft, workDates(block, page.now, dates), "text", block.text);
  }
}

/** The first rate in `blocks` when nothing gave one yet; `tier` says whose blocks they are. */
export function fillRateFromText(
  draft: Draft,
  blocks: Block[],
  labelled: Set<LabelField>,
  tier: "text" | "json-ld" | "microdata",
): void {
  // a structured description is the listing's own text, prose and all (Netflix's salary sentence)
  const max = tier === "text" ? 300 : 1500;
  for (const block of blocks) {
    if (!readable(block, max) || draft.rate || labelled.has("rate")) continue;
    const rate = parseRate(block.text, { hourly: !!draft.hoursPerWeek });
    if (rate) fill(draft, { rate: rate.rate }, tier, block.text);
  }
}
