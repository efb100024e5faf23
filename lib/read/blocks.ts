// One pass over the DOM that turns the page into text blocks (paragraphs, list items, cells,
// headings), block-aware like a browser would render them but without layout (no innerText).
// Every later reader (labels, requirements, status, detection) works on these blocks.
import { isChrome, isHidden, isIcon, isSkipped, labelOfIcon } from "./page-furniture";
import { fieldOfLabel } from "../dutch/label-words";
import { normalize } from "../dutch/text";
import { markRelatedSections } from "./related";
import type { Block } from "../model/page-reading";
import { READING_LIMITS } from "../model/reading-limits";

export type { Block };

const BLOCK_TAGS = new Set(
  "address article aside blockquote button caption dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul".split(
    " ",
  ),
);
const BOLD_TAGS = new Set(["strong", "b"]);
// Inline tags that style words; any other inline element (span, a, label, time) is a separate
// piece of text, as React grids write "<span>Tarief</span><span>€ 95</span>" without spaces.
const WORD_TAGS = new Set(["b", "strong", "em", "i", "u", "s", "small", "sup", "sub", "mark", "abbr", "code", "font"]);

interface Context {
  chrome: boolean;
  /** Inside a sidebar and nothing more chrome-like (no nav, footer, banner around it). */
  sidebar: boolean;
  inMain: boolean;
  bold: boolean;
  listDepth: number;
  listType: "ol" | "ul" | null;
}
interface Buffer {
  parts: string[];
  chars: number;
  boldChars: number;
  hint: string | null;
}

/**
 * An icon labelled as a field ("Opdrachtgever", "Deadline": Striive's mat-icons, Font Awesome
 * with aria-label) starts a line "Label: " as a screen reader would read it; other icons vanish.
 */
function labelIcon(el: Element, buf: Buffer): void {
  const label = labelOfIcon(el);
  if (!label || !fieldOfLabel(normalize(label))) return;
  buf.parts.push(`\n${label}: `);
}

export interface ReadOptions {
  /** Stop after this many elements (huge pages): the listing sits near the top anyway. */
  maxElements?: number;
}

/** Asked every PAUSE_EVERY elements: true lets the caller hand the main thread back to the page. */
export type ShouldPause = () => boolean;
const PAUSE_EVERY = 200;
const never: ShouldPause = () => false;

/** Runs a reading to its end without pausing (tests, the CLI, the bench). */
export function finish<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The page's text blocks. */
export function readBlocks(doc: Document, options: ReadOptions = {}): Block[] {
  return readBlocksWithElements(doc.body ?? doc.documentElement, options).blocks;
}

/** The text blocks under `root`, and per block the element it came from (for the marks). */
export function readBlocksWithElements(
  root: Element | null,
  options: ReadOptions = {},
): { blocks: Block[]; elements: Element[] } {
  return finish(blockSteps(root, options, never));
}

/**
 * `readBlocksWithElements` in steps: it yields (between two elements) whenever `shouldPause`
 * says so, and the caller resumes it when the page has had its turn.
 */
export function* blockSteps(
  root: Element | null,
  options: ReadOptions,
  shouldPause: ShouldPause,
): Generator<void, { blocks: Block[]; elements: Element[] }> {
  const maxElements = options.maxElements ?? 30000;
  const blocks: Block[] = [];
  const elements: Element[] = [];
  const tables: { table: number; row: number; col: number }[] = [];
  let tableCount = 0;
  let visited = 0;

  const flush = (el: Element, buf: Buffer, ctx: Context) => {
    const text = buf.parts
      .join("")
      .split("\n")
      .map((line) => line.replace(/ +/g, " ").trim())
      .filter(Boolean)
      .join("\n");
    buf.parts = [];
    const hint = buf.hint;
    buf.hint = null;
    const bold = buf.chars > 0 && buf.boldChars >= buf.chars;
    buf.chars = buf.boldChars = 0;
    if (!text || blocks.length >= READING_LIMITS.blocks) return;
    const tag = el.localName;
    const heading = /^h[1-6]$/.test(tag) ? Number(tag[1]) : 0;
    const t = tables[tables.length - 1];
    const cell = (tag === "td" || tag === "th") && t ? { ...t, header: tag === "th" } : null;
    elements.push(el);
    blocks.push({
      tag,
      text: text.length > READING_LIMITS.blockText ? text.slice(0, READING_LIMITS.blockText) : text,
      heading,
      bold,
      listDepth: ctx.listDepth,
      listType: ctx.listType,
      cell,
      hint: hint && hint.length > 200 ? hint.slice(0, 200) : hint,
      chrome: ctx.chrome,
      ...(ctx.chrome && ctx.sidebar ? { sidebar: true } : {}),
      link: heading ? linkOf(el) : null,
    });
  };

  function* walk(el: Element, parentBuf: Buffer, ctx: Context): Generator<void, void> {
    // index over childNodes: nextSibling is a linear search in happy-dom
    const kids = el.childNodes;
    for (let k = 0; k < kids.length; k++) {
      const node = kids[k] as Node;
      if (node.nodeType === 3) {
        const value = (node.nodeValue ?? "").replace(/[\s\u00a0\u200b]+/g, " ");
        parentBuf.parts.push(value);
        const len = value.trim().length;
        parentBuf.chars += len;
        if (ctx.bold) parentBuf.boldChars += len;
        continue;
      }
      if (node.nodeType !== 1 || ++visited > maxElements) continue;
      if (visited % PAUSE_EVERY === 0 && shouldPause()) yield;
      const child = node as Element;
      const tag = child.localName;
      if (tag === "br") {
        parentBuf.parts.push("\n");
        continue;
      }
      if (isSkipped(tag) || isHidden(child) || isIcon(child, tag)) {
        // a leading icon's label is the block's hint ("Eis", "Wens"), as a title on the block is
        if (!isSkipped(tag) && !isHidden(child) && parentBuf.chars === 0 && !parentBuf.hint)
          parentBuf.hint = labelOfIcon(child);
        labelIcon(child, parentBuf);
        continue;
      }
      const childCtx: Context = {
        chrome: ctx.chrome || isChrome(child, tag, ctx.inMain),
        sidebar: ctx.chrome ? ctx.sidebar : isSidebar(child, tag),
        inMain: ctx.inMain || tag === "main" || tag === "article",
        bold: ctx.bold || BOLD_TAGS.has(tag) || /^h[1-6]$/.test(tag),
        listDepth: ctx.listDepth + (tag === "ul" || tag === "ol" ? 1 : 0),
        listType: tag === "ul" || tag === "ol" ? tag : ctx.listType,
      };
      if (!BLOCK_TAGS.has(tag)) {
        const separate = !WORD_TAGS.has(tag);
        if (separate) parentBuf.parts.push(" ");
        yield* walk(child, parentBuf, childCtx);
        if (separate) parentBuf.parts.push(" ");
        continue;
      }
      flush(el, parentBuf, ctx);
      if (tag === "table") tables.push({ table: ++tableCount, row: -1, col: -1 });
      const top = tables[tables.length - 1];
      if (tag === "tr" && top) {
        top.row += 1;
        top.col = -1;
      }
      if ((tag === "td" || tag === "th") && top) top.col += 1;
      const buf: Buffer = { parts: [], chars: 0, boldChars: 0, hint: child.getAttribute("title") || null };
      yield* walk(child, buf, childCtx);
      flush(child, buf, childCtx);
      if (tag === "table") tables.pop();
    }
  }

  if (!root) return { blocks, elements };
  const rootCtx: Context = { chrome: false, sidebar: false, inMain: false, bold: false, listDepth: 0, listType: null };
  const buf: Buffer = { parts: [], chars: 0, boldChars: 0, hint: null };
  yield* walk(root, buf, rootCtx);
  flush(root, buf, rootCtx);
  markRelatedSections(blocks);
  return { blocks, elements };
}

/** A sidebar of the page itself: <aside> or role=complementary (not a nav, footer or banner). */
function isSidebar(el: Element, tag: string): boolean {
  return tag === "aside" || el.getAttribute("role") === "complementary";
}

/** Where a heading links to: result cards link their titles to other listings. */
function linkOf(el: Element): string | null {
  const href = el.querySelector("a[href]")?.getAttribute("href") ?? el.closest("a[href]")?.getAttribute("href");
  return href ? href.slice(0, 500) : null;
}
