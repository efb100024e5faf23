// Teaching a rule: from the element the user pointed at to an anchor that survives small layout
// changes. The anchor is the label before the value (the nearest short text that precedes it, or
// a short label at the start of the value's own element) and the tags from the label's ancestor
// down to the value: no classes (sites rename them on every build) and no positions (a row
// added above shifts every nth-child). Pure: takes the element, reads its document.
import type { PathStep, RuleAnchor } from "../model/site-rule";
import { RULE_LIMITS } from "../model/site-rule-fields";
import { normalize, squash } from "../dutch/text";

/** How far back the label is looked for: text nodes skipped (empty ones, decorations). */
const MAX_TEXTS_BACK = 12;
/** A label is short: "Sluitingsdatum", "Wat wij van jou vragen". */
const MAX_LABEL_CHARS = 60;
/** "Sluitingsdatum: 12 december": a label at the start of a value's own text, before a colon. */
const LEADING_LABEL = /^([^:\n]{2,40}):/;

export function stepOf(el: Element): PathStep {
  const role = el.getAttribute("role")?.trim().toLowerCase() ?? "";
  return { tag: el.tagName.toLowerCase(), role: /^[a-z]{1,30}$/.test(role) ? role : null };
}

/** The label as written, without a trailing colon, capped. */
const shown = (text: string) => text.replace(/[\s:：]+$/, "").slice(0, RULE_LIMITS.label);

const isTagName = (tag: string) => /^[a-z][a-z0-9-]{0,19}$/.test(tag);

function textOf(el: Element): string {
  return squash(el.textContent ?? "");
}

/** The label's element climbed to the largest one that is still short and does not hold the value. */
function labelElement(start: Element, value: Element): Element {
  let el = start;
  for (let parent = el.parentElement; parent && !parent.contains(value); parent = parent.parentElement) {
    if (textOf(parent).length > MAX_LABEL_CHARS) break;
    el = parent;
  }
  return el;
}

function depthBelow(ancestor: Element, el: Element): number {
  let n = 0;
  for (let at: Element | null = el; at && at !== ancestor; at = at.parentElement) n++;
  return n;
}

/** Inline tags a label inside its value's element stands in; a list's first item is no label. */
const INLINE_LABEL_TAGS = new Set(["strong", "b", "span", "label", "em", "i", "small", "abbr", "dfn", "u", "mark"]);
const CONTAINERS = "ul, ol, table, tbody, dl";

/** A short label inside the value's own element, at its start ("<p><b>Sluit:</b> 12 dec</p>"). */
function labelInside(value: Element): RuleAnchor | null {
  if (value.matches(CONTAINERS)) return null;
  const doc = value.ownerDocument;
  const walker = doc.createTreeWalker(value, 4 /* NodeFilter.SHOW_TEXT */);
  let first: Node | null = walker.nextNode();
  while (first && !squash(first.textContent ?? "")) first = walker.nextNode();
  if (!first) return null;
  const whole = textOf(value);
  const parent = first.parentElement;
  if (parent && parent !== value) {
    const label = labelElement(parent, value);
    const text = textOf(label);
    const key = normalize(text);
    const inline = INLINE_LABEL_TAGS.has(label.tagName.toLowerCase());
    // Only a label: what follows it is the value, so there must be something after it.
    if (inline && key && text.length <= MAX_LABEL_CHARS && whole.length > text.length + 1 && label !== value) {
      const up = depthBelow(value, label);
      const tag = label.tagName.toLowerCase();
      if (up <= RULE_LIMITS.path && isTagName(tag))
        return { label: key, shown: shown(text), labelTag: tag, relation: "inside", up, path: [] };
    }
  }
  const leading = LEADING_LABEL.exec(whole)?.[1];
  const key = leading ? normalize(leading) : "";
  const tag = value.tagName.toLowerCase();
  if (key && whole.length > (leading?.length ?? 0) + 2 && isTagName(tag))
    return { label: key, shown: shown(leading ?? ""), labelTag: tag, relation: "inside", up: 0, path: [] };
  return null;
}

/** The nearest short text before the value in document order, and the way from it to the value. */
function labelBefore(value: Element): RuleAnchor | null {
  const doc = value.ownerDocument;
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4 /* NodeFilter.SHOW_TEXT */);
  walker.currentNode = value;
  for (let i = 0; i < MAX_TEXTS_BACK; i++) {
    const node = walker.previousNode();
    if (!node) return null;
    const parent = node.parentElement;
    if (!parent || !squash(node.textContent ?? "") || parent.closest("script,style,noscript,template")) continue;
    const label = labelElement(parent, value);
    const text = textOf(label);
    const key = normalize(text);
    if (!key || text.length > MAX_LABEL_CHARS) return null;
    let ancestor: Element | null = label;
    while (ancestor && !ancestor.contains(value)) ancestor = ancestor.parentElement;
    if (!ancestor) return null;
    const up = depthBelow(ancestor, label);
    const path: PathStep[] = [];
    for (let at: Element | null = value; at && at !== ancestor; at = at.parentElement) path.unshift(stepOf(at));
    const tag = label.tagName.toLowerCase();
    if (up > RULE_LIMITS.path || path.length > RULE_LIMITS.path || !isTagName(tag)) return null;
    return { label: key.slice(0, RULE_LIMITS.label), shown: shown(text), labelTag: tag, relation: "after", up, path };
  }
  return null;
}

/**
 * The anchor of the element the user chose, or null when nothing near it can serve as a label
 * (then the panel says so and asks for another element).
 */
export function anchorOf(value: Element): RuleAnchor | null {
  return labelInside(value) ?? labelBefore(value);
}
