// The deadline chosen, not taken: every closing moment the page offers is a candidate, ranked by
// its label ("Sluitingsdatum", "Reageren t/m", "Closing date" over a bare "Deadline"; never a
// deadline for questions or an interview date), by its place (the listing's own text, not a
// sidebar) and by source: what the page shows beats its structured data, whose validThrough is
// often the advertisement's expiry or the contract's end. validThrough alone counts only where
// the page shows no closing moment and it is not the contract's end date.
import type { Provenance } from "../model/listing";
import type { Block } from "../model/page-reading";
import { parseDate, parseRelativeDeadline, toDeadline } from "./dates";
import type { Draft } from "./draft";
import type { LabelledValue } from "./labels";
import type { Page } from "./page";
import { clip, normalize } from "../dutch/text";

export interface DeadlineCandidate {
  /** YYYY-MM-DD or YYYY-MM-DDTHH:MM, Dutch time. */
  value: string;
  source: string;
  label: string | null;
  block: Block;
  score: number;
}

// Labels that name the closing of responses, strongest first. Normalised text (lib/dutch/text).
const STRONG_LABEL =
  /\b(sluitingsdatum|sluitingstermijn|sluit|reageren|reactie|reacties|uiterste|inschrijven|inschrijving|inschrijfdatum|aanmelden|solliciteren|sollicitatietermijn|indienen|closing|closes|apply|applications?|application deadline)\b/;
// Deadlines that are not the response's: questions, interviews, the start, a pitch.
const OTHER_DEADLINE =
  /\b(vragen|vraag|nota van inlichtingen|inlichtingen|gesprek|gesprekken|interview|interviews|selectiegesprek|pitch|presentatie|start|startdatum|questions?)\b/;

// "Reageren kan tot en met 28 november", "solliciteren vóór 1 december", "apply before ..."
const DEADLINE_PHRASE =
  /\b(?:reageren|solliciteren|aanmelden|inschrijven|aanbieden|reacties?|sollicitaties?|apply|applications?|sluit|closes|closing|staat open|open)\b[^.!?\n]{0,30}?\b(?:tot en met|t\/m|tot|vóór|voor|uiterlijk|before|by|until|op|on)\b/i;
// "Uiterlijk 28-11 om 12:00 uur reageren", "Vóór 1 december solliciteren": the date before the verb.
const DATE_THEN_VERB =
  /\b(?:uiterlijk|vóór|voor|tot en met|t\/m|before|by)\b(?=[^.!?\n]{4,50}?\b(?:reageren|solliciteren|aanmelden|inschrijven|reageer|solliciteer|apply)\b)/i;
// "Sluitingsdatum voor reacties is woensdag 26 november", "De deadline is 3 december", "closing date: ..."
const DEADLINE_NOUN =
  /\b(?:sluitingsdatum|sluitingstermijn|reactietermijn|deadline|closing date|uiterste (?:reactie|inschrijf)?datum)\b[^.!?\n:]{0,30}?(?:\b(?:is|op|ligt op|valt op|on)\b|:)/i;
// "14 november 2025 (23:59 uur)": a time in brackets after the date.
const TIME_IN_BRACKETS = /\(([^\S\n]{0,2}\d{1,2}[:.]\d{2}[^\S\n]{0,2}(?:uur|u|h)?[^\S\n]{0,2})\)/g;
// A bare time on the line after a date ("Reageren t/m maandag 24 november 2025<br>10:00 uur").
const TIME_LINE = /\n(?=[^\S\n]{0,3}(?:om[^\S\n]{1,3})?\d{1,2}[:.]\d{2}[^\S\n]{0,3}(?:uur|u|h)?[^\S\n]{0,3}(?:\n|$))/g;

function readMoment(text: string, page: Page): string | null {
  const joined = text.replace(TIME_LINE, " ").replace(TIME_IN_BRACKETS, " $1");
  const found = parseDate(joined, page.now, page.dates) ?? parseRelativeDeadline(joined, page.now);
  return found ? toDeadline(found) : null;
}

function labelScore(label: string): number {
  const words = normalize(label);
  if (OTHER_DEADLINE.test(words) && !/\b(sluitingsdatum|reageren|reactie)\b/.test(words)) return -10;
  if (STRONG_LABEL.test(words)) return 3;
  return /\b(deadline|einddatum reageren|due)\b/.test(words) ? 2 : 1;
}

/** The deadlines the page shows: under a deadline label, or in a closing phrase. */
export function visibleDeadlines(page: Page, labelled: LabelledValue[]): DeadlineCandidate[] {
  const out: DeadlineCandidate[] = [];
  for (const lv of labelled) {
    if (lv.field !== "deadline" || lv.block.chrome) continue;
    // the value's line, and a bare time on the line after it ("...24 november 2025<br>10:00 uur")
    const at = lv.block.text.indexOf(lv.value);
    const value = readMoment(at >= 0 ? lv.block.text.slice(at, at + lv.value.length + 16) : lv.value, page);
    if (!value) continue;
    const how = lv.how === "prefix" ? 0 : 0.5;
    out.push({
      value,
      source: `${lv.label}: ${lv.value}`,
      label: lv.label,
      block: lv.block,
      score: labelScore(lv.label) + how,
    });
  }
  for (const block of page.blocks) {
    if (block.chrome || block.text.length > 400) continue;
    const text = block.text;
    const relative = text.length <= 60 ? parseRelativeDeadline(text, page.now) : null;
    if (relative) {
      out.push({ value: toDeadline(relative), source: text, label: null, block, score: 2 });
      continue;
    }
    const phrase = DEADLINE_PHRASE.exec(text) ?? DEADLINE_NOUN.exec(text) ?? DATE_THEN_VERB.exec(text);
    if (!phrase) continue;
    const after = text.slice(phrase.index + phrase[0].length, phrase.index + phrase[0].length + 80);
    if (OTHER_DEADLINE.test(normalize(text.slice(Math.max(0, phrase.index - 30), phrase.index + phrase[0].length))))
      continue;
    const value = readMoment(after, page);
    if (value) out.push({ value, source: text, label: null, block, score: 1.5 });
  }
  return out.filter((c) => c.score > 0);
}

/** The best candidate: highest score, then first on the page. */
function best(candidates: DeadlineCandidate[]): DeadlineCandidate | null {
  let top: DeadlineCandidate | null = null;
  for (const c of candidates) if (!top || c.score > top.score) top = c;
  return top;
}

/**
 * Sets the draft's deadline (unless an adapter set it): the best visible candidate, else the
 * structured data's validThrough when it is not the contract's end. Where the structured data
 * says another day, the provenance keeps it as overruled.
 */
export function chooseDeadline(draft: Draft, page: Page, labelled: LabelledValue[]): void {
  const structured = page.jobs[0];
  const fromData = structured?.deadline ?? null;
  const overruled = (value: string): Provenance["overruled"] =>
    fromData && structured && fromData.slice(0, 10) !== value.slice(0, 10)
      ? { tier: structured.tier, value: fromData }
      : null;
  if (draft.deadline) {
    draft.deadline.provenance.overruled ??= overruled(draft.deadline.value);
    return;
  }
  const chosen = best(visibleDeadlines(page, labelled));
  if (chosen) {
    draft.deadline = {
      value: chosen.value,
      provenance: {
        tier: "text",
        source: clip(chosen.source),
        label: chosen.label,
        block: page.blocks.indexOf(chosen.block),
        overruled: overruled(chosen.value),
      },
    };
    return;
  }
  if (!structured || !fromData) return;
  // The contract's end, or a start/end period's end: not a closing moment for responses.
  const end = draft.endDate?.value ?? structured.startDate;
  if (end && fromData.slice(0, 10) >= end) return;
  draft.deadline = {
    value: fromData,
    provenance: { tier: structured.tier, source: `JobPosting validThrough: ${fromData}`, label: null, block: null },
  };
}
