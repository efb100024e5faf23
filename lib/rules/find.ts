// Applying the user's rules to a page: for each rule, the label it is anchored on, and from
// there the value. First the exact way taught (the label's ancestor, then the tags down);
// where the site moved things a little (a <dl> became a table, a wrapper was added), the first
// element after the label with the value's tag, then the first text after the label. Pure and
// bounded: a fixed number of elements looked at per rule, no regular expression over page text.
import type { RuleAnchor } from "../model/site-rule";
import { normalize, squash } from "../dutch/text";
import { stepOf } from "./anchor";

/** Labels looked for among this many elements at most (the page's first ones). */
const MAX_ELEMENTS = 20_000;
/** Elements after the label looked at by the fallbacks. */
const MAX_AFTER = 60;
/** A label is short; longer texts are not compared. */
const MAX_LABEL_TEXT = 120;

export interface RuleHit {
  element: Element;
  /** The value's text, the label cut off where it stood inside ("Sluit: 12 dec" → "12 dec"). */
  text: string;
}

function textOf(el: Element): string {
  return squash(el.textContent ?? "");
}

function matchesLabel(el: Element, anchor: RuleAnchor): boolean {
  const text = el.textContent ?? "";
  if (text.length > (anchor.relation === "inside" && anchor.up === 0 ? 4000 : MAX_LABEL_TEXT)) return false;
  const key = normalize(anchor.relation === "inside" && anchor.up === 0 ? text.slice(0, MAX_LABEL_TEXT) : text);
  if (key === anchor.label) return true;
  // "Sluitingsdatum: 12 december" in one element: the label starts its text.
  return anchor.relation === "inside" && anchor.up === 0 && key.startsWith(anchor.label + " ");
}

/** Elements whose text is the label: of the label's tag first, then of any tag (it changed). */
function labelsOf(root: Element, anchor: RuleAnchor): Element[] {
  const own = Array.from(root.querySelectorAll(anchor.labelTag)).filter((el) => matchesLabel(el, anchor));
  if (own.length) return own;
  const all = root.querySelectorAll("*");
  const out: Element[] = [];
  for (let i = 0; i < all.length && i < MAX_ELEMENTS; i++) {
    const el = all[i]!;
    // The innermost element with the text: its parent may hold only it, with the same text.
    if (matchesLabel(el, anchor) && !Array.from(el.children).some((c) => matchesLabel(c, anchor))) out.push(el);
  }
  return out;
}

const sameStep = (el: Element, step: RuleAnchor["path"][number]) => {
  const own = stepOf(el);
  return own.tag === step.tag && (step.role === null || own.role === step.role);
};

/** Follows the path down from `from`: at every step any child with that tag (and role), in order. */
function down(from: Element, path: RuleAnchor["path"], label: Element): Element | null {
  if (path.length === 0) return from;
  const [step, ...rest] = path;
  for (const child of Array.from(from.children)) {
    if (child.contains(label) || !sameStep(child, step!)) continue;
    if (!(label.compareDocumentPosition(child) & 4 /* FOLLOWING */)) continue;
    const found = down(child, rest, label);
    if (found && textOf(found)) return found;
  }
  return null;
}

function ancestorOf(el: Element, up: number): Element | null {
  let at: Element | null = el;
  for (let i = 0; i < up && at; i++) at = at.parentElement;
  return at;
}

/** The elements after `label` in document order (not its own descendants), a bounded number. */
function* following(label: Element): Generator<Element> {
  const doc = label.ownerDocument;
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 1 /* NodeFilter.SHOW_ELEMENT */);
  walker.currentNode = label;
  let node = walker.nextSibling();
  for (let at: Node | null = label; !node && at; at = at.parentNode) {
    walker.currentNode = at;
    node = walker.nextSibling();
  }
  for (let n = 0; node && n < MAX_AFTER; n++) {
    yield node as Element;
    node = walker.nextNode();
  }
}

function cutLabel(text: string, label: Element | null, anchor: RuleAnchor): string {
  const labelText = label ? textOf(label) : "";
  let rest = labelText && text.startsWith(labelText) ? text.slice(labelText.length) : text;
  if (rest === text && anchor.up === 0) {
    const colon = text.indexOf(":");
    if (colon > 0 && colon <= 40 && normalize(text.slice(0, colon)) === anchor.label) rest = text.slice(colon + 1);
  }
  return rest.replace(/^[\s:：\-–]+/, "").trim();
}

function hitFrom(label: Element, anchor: RuleAnchor): RuleHit | null {
  if (anchor.relation === "inside") {
    const value = ancestorOf(label, anchor.up);
    if (!value) return null;
    const text = cutLabel(textOf(value), anchor.up === 0 ? null : label, anchor);
    return text ? { element: value, text } : null;
  }
  const ancestor = ancestorOf(label, anchor.up);
  const exact = ancestor ? down(ancestor, anchor.path, label) : null;
  if (exact) return { element: exact, text: textOf(exact) };
  // The layout moved a little: the first element after the label with the value's tag...
  const last = anchor.path[anchor.path.length - 1];
  if (last) {
    for (const el of following(label)) {
      if (sameStep(el, last) && textOf(el)) return { element: el, text: textOf(el) };
    }
  }
  // ...else the first element after it with text of its own (a <dd> that became a <td>).
  for (const el of following(label)) {
    const own = Array.from(el.childNodes).some((n) => n.nodeType === 3 && squash(n.textContent ?? ""));
    if (own) return { element: el, text: textOf(el) };
  }
  return null;
}

/** Where the rule's value stands on this page, or null when its label or value is not there. */
export function findByAnchor(doc: Document, anchor: RuleAnchor): RuleHit | null {
  const root = doc.body ?? doc.documentElement;
  if (!root) return null;
  for (const label of labelsOf(root, anchor)) {
    const hit = hitFrom(label, anchor);
    if (hit) return hit;
  }
  return null;
}
