// Selector helpers for adapters: loud inside (a missing required element throws), so the
// orchestrator can fall back to the generic extractor and say "deze site is veranderd".
import { squash } from "../dutch/text";

export class AdapterError extends Error {
  override name = "AdapterError";
}

/** The first element matching one of the alternative selectors (newest layout first). */
export function optional(root: ParentNode, selectors: string[]): Element | null {
  for (const selector of selectors) {
    const el = root.querySelector(selector);
    if (el) return el;
  }
  return null;
}

export function required(root: ParentNode, selectors: string[], what: string): Element {
  const el = optional(root, selectors);
  if (!el || !textOf(el)) throw new AdapterError(`${what} niet gevonden (${selectors.join(" | ")})`);
  return el;
}

export function textOf(el: Element | null | undefined): string {
  return el ? squash(el.textContent ?? "") : "";
}
