// The user's rules applied by the reader (in the page): what each found, as data for the worker,
// with the blocks of the reading that stand inside the element it found (an eisen section's items).
import type { RuleReading } from "../model/page-reading";
import { READING_LIMITS } from "../model/reading-limits";
import type { RuleAnchor } from "../model/site-rule";
import type { RuleField } from "../model/site-rule-fields";
import { findByAnchor } from "./find";

/** A rule as the reader needs it: the field and where to look (the worker hands these over). */
export interface ReaderRule {
  field: RuleField;
  anchor: RuleAnchor;
}

export interface AppliedRules {
  readings: RuleReading[];
  /** The element each rule found (null: nothing), by the index of `readings`; stays in the page. */
  elements: Array<Element | null>;
}

export function applyRules(
  doc: Document,
  rules: readonly ReaderRule[],
  blockElements: readonly Element[],
): AppliedRules {
  const readings: RuleReading[] = [];
  const elements: Array<Element | null> = [];
  for (const rule of rules) {
    let hit = null;
    try {
      hit = findByAnchor(doc, rule.anchor);
    } catch {
      hit = null;
    }
    let blocks = hit
      ? blockElements.flatMap((el, i) => (el === hit.element || hit.element.contains(el) ? [i] : [])).slice(0, 2000)
      : [];
    // A value inside a block (a <span> in a <p>): that block, for the mark.
    if (hit && !blocks.length) {
      const around = blockElements.findIndex((el) => el.contains(hit.element));
      if (around >= 0) blocks = [around];
    }
    readings.push({ field: rule.field, text: hit ? hit.text.slice(0, READING_LIMITS.short) : null, blocks });
    elements.push(hit?.element ?? null);
  }
  return { readings, elements };
}
