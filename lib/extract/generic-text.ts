// The text tier of the generic extractor: label/value pairs first, then cautious free-text cues.
import type { Draft } from "./draft";
import { fill } from "./draft";
import { interpret } from "./fields";
import type { LabelField } from "./label-words";
import { findLabelledValues, type LabelledValue } from "./labels";
import type { Page } from "./page";
import { parseHoursPerWeek } from "./hours";
import { parseRate } from "./money";

function acceptable(lv: LabelledValue): boolean {
  if (lv.how !== "prefix") return true;
  if (lv.value.length > 60 || lv.block.heading) return false;
  // "Organisatie en team", "Plaats je cv": a label word opening a sentence is no label
  if (lv.field === "client" || lv.field === "location") return /^(?:[\p{Lu}\d]|['’][st][\s-])/u.test(lv.value);
  return true;
}

/**
 * Fills what labelled values give, except the deadline (deadline.ts chooses among all the page's
 * closing moments); returns the fields the page labels at all, and the labelled values.
 */
export function fillFromLabels(draft: Draft, page: Page): { seen: Set<LabelField>; labelled: LabelledValue[] } {
  const seen = new Set<LabelField>();
  const labelled = findLabelledValues(page.blocks).filter(acceptable);
  for (const lv of labelled) {
    if (lv.field === "deadline") {
      seen.add(lv.field);
      continue;
    }
    const values = interpret(lv.field, lv.value, page.now, true);
    // "Max. uurtarief € 110", "Maximaal tarief": the label makes a single amount a ceiling
    if (values.rate && values.rate.min === values.rate.max && /^max/i.test(lv.label.trim()))
      values.rate = { ...values.rate, min: null };
    if (Object.keys(values).length || lv.how !== "prefix") seen.add(lv.field);
    fill(draft, values, "text", `${lv.label}: ${lv.value}`);
  }
  return { seen, labelled };
}

export function fillFromFreeText(draft: Draft, page: Page, labelled: Set<LabelField>): void {
  for (const block of page.blocks) {
    if (block.chrome || block.text.length > 400) continue;
    const text = block.text;
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
