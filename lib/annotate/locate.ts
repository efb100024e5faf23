// Finds where on the page a piece of extracted text stands, so a mark can sit right next to it.
import { normalize } from "../dutch/text";

// The smallest block element whose text contains the start of the sought text wins.

const blockTags = new Set([
  "LI",
  "P",
  "TD",
  "TH",
  "DD",
  "DT",
  "DIV",
  "SPAN",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "STRONG",
  "TIME",
  "SECTION",
]);
const skipTags = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "HEAD"]);
/** Enough of the text to be unique on a page, short enough to survive small differences. */
const NEEDLE_LENGTH = 60;
const MAX_ELEMENTS = 20000;

/** The page's text and the sought text, compared alike. */
export const normaliseForSearch = normalize;

/** One pass over the page: every block element with its normalised text, inner elements first. */
export function indexBlocks(
  doc: Document,
  skip: (el: Element) => boolean = () => false,
): Array<{ el: Element; text: string }> {
  const out: Array<{ el: Element; text: string }> = [];
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 1 /* NodeFilter.SHOW_ELEMENT */);
  let node = walker.nextNode() as Element | null;
  while (node && out.length < MAX_ELEMENTS) {
    if (skipTags.has(node.tagName.toUpperCase()) || skip(node)) {
      node = (walker.nextSibling() as Element | null) ?? nextOutside(walker);
      continue;
    }
    if (blockTags.has(node.tagName.toUpperCase()))
      out.push({ el: node, text: normaliseForSearch(node.textContent ?? "") });
    node = walker.nextNode() as Element | null;
  }
  return out;
}

function nextOutside(walker: TreeWalker): Element | null {
  while (walker.parentNode()) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling as Element;
  }
  return null;
}

/** The smallest indexed element that contains `text` (by its first words), or null. */
export function locateText(blocks: Array<{ el: Element; text: string }>, text: string): Element | null {
  const needle = normaliseForSearch(text).slice(0, NEEDLE_LENGTH).trim();
  if (needle.length < 4) return null;
  let best: { el: Element; text: string } | null = null;
  for (const block of blocks) {
    if (
      block.text.length >= needle.length &&
      block.text.includes(needle) &&
      (!best || block.text.length < best.text.length)
    ) {
      best = block;
    }
  }
  return best?.el ?? null;
}
