// Did the page change in a way that matters? Single-page sites change their DOM all the time;
// the worker is asked again only when the reading itself changed.
import type { PageReading } from "../../lib/model/page-reading";

/** Two readings of the same page that would give the same listing. */
export function sameReading(a: PageReading, b: PageReading): boolean {
  return a.url === b.url && JSON.stringify(a) === JSON.stringify(b);
}

/** The deepest node that holds all these elements (the listing's part of the page), or null. */
export function commonAncestor(elements: Element[]): Node | null {
  let common: Node | null = elements[0] ?? null;
  for (const el of elements) {
    while (common && !common.contains(el)) common = common.parentNode;
    if (!common) return null;
  }
  return common;
}
