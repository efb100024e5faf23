// The text tier of the generic extractor: label/value pairs first, then cautious free-text cues.
import type { Draft } from "./draft";
import { fill } from "./draft";
import { interpret } from "./fields";
import type { LabelField } from "./label-words";
import { findLabelledValues, type LabelledValue } from "./labels";
import type { Page } from "./page";
import { parseDate, parseRelativeDeadline, toDeadline } from "./dates";
import { parseHoursPerWeek } from "./hours";
import { parseRate } from "./money";

// "Reageren kan tot en met 28 november", "solliciteren vóór 1 december", "apply before ..."
const DEADLINE_PHRASE =
  /\b(?:reageren|solliciteren|aanmelden|inschrijven|aanbieden|reacties?|sollicitaties?|apply|applications?)\b[^.!?\n]{0,30}?\b(?:tot en met|t\/m|tot|vóór|voor|uiterlijk|before|by|until)\b/i;

function acceptable(lv: LabelledValue): boolean {
  if (lv.how !== "prefix") return true;
  if (lv.value.length > 60 || lv.block.heading) return false;
  // "Organisatie en team", "Plaats je cv": a label word opening a sentence is no label
  if (lv.field === "client" || lv.field === "location") return /^(?:[\p{Lu}\d]|['’][st][\s-])/u.test(lv.value);
  return true;
}

/** Fills what labelled values give; returns the fields the page labels at all. */
export function fillFromLabels(draft: Draft, page: Page): Set<LabelField> {
  const seen = new Set<LabelField>();
  for (const lv of findLabelledValues(page.blocks)) {
    if (!acceptable(lv)) continue;
    const values = interpret(lv.field, lv.value, page.now, true);
    // "Max. uurtarief € 110", "Maximaal tarief": the label makes a single amount a ceiling
    if (values.rate && values.rate.min === values.rate.max && /^max/i.test(lv.label.trim()))
      values.rate = { ...values.rate, min: null };
    if (Object.keys(values).length || lv.how !== "prefix") seen.add(lv.field);
    fill(draft, values, "text", `${lv.label}: ${lv.value}`);
  }
  return seen;
}

export function fillFromFreeText(draft: Draft, page: Page, labelled: Set<LabelField>): void {
  for (const block of page.blocks) {
    if (block.chrome || block.text.length > 400) continue;
    const text = block.text;
    if (!draft.deadline && !labelled.has("deadline")) {
      const relative = text.length <= 60 ? parseRelativeDeadline(text, page.now) : null;
      const phrase = DEADLINE_PHRASE.exec(text);
      const absolute = phrase
        ? parseDate(text.slice(phrase.index + phrase[0].length, phrase.index + phrase[0].length + 60), page.now)
        : null;
      const found = relative ?? absolute;
      if (found) fill(draft, { deadline: toDeadline(found) }, "text", text);
    }
    if (text.length > 300) continue;
    if (!draft.rate && !labelled.has("rate")) {
      const rate = parseRate(text);
      if (rate) fill(draft, { rate: rate.rate }, "text", text);
    }
    if (!draft.hoursPerWeek && !labelled.has("hoursPerWeek")) {
      const hours = parseHoursPerWeek(text);
      if (hours) fill(draft, { hoursPerWeek: hours.hours }, "text", text);
    }
  }
}
