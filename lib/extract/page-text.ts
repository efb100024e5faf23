// One pass over the DOM that turns the page into text blocks (paragraphs, list items, cells,
// headings), block-aware like a browser would render them but without layout (no innerText).
// Every later reader (labels, requirements, status, detection) works on these blocks.
import { isChrome, isHidden, isIcon, isSkipped, labelOfIcon } from "./chrome";
import { fieldOfLabel } from "./label-words";
import { normalize } from "./text";
import { markRelatedSections } from "./related";

export interface Block {
  /** Tag of the element that owns the text: "p", "li", "h2", "td", "dd", "div", ... */
  tag: string;
  element: Element;
  /** Whitespace collapsed per line; a <br> gives a "\n". */
  text: string;
  /** 1..6 for h1..h6, else 0. */
  heading: number;
  /** The whole block is bold (a pseudo heading such as <p><strong>Eisen</strong></p>). */
  bold: boolean;
  /** Depth of list nesting (1 = item of a top-level list), 0 outside lists; type of the nearest list. */
  listDepth: number;
  listType: "ol" | "ul" | null;
  /** Position in a table, for td/th blocks. */
  cell: { table: number; row: number; col: number; header: boolean } | null;
  /** A title/aria-label on the block or on its leading icon ("Tarief", "Locatie"). */
  hint: string | null;
  /** Navigation, header, footer, aside, cookie banner or related-listing cards. */
  chrome: boolean;
}

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

export function readBlocks(doc: Document, options: ReadOptions = {}): Block[] {
  const maxElements = options.maxElements ?? 30000;
  const blocks: Block[] = [];
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
    if (!text) return;
    const tag = el.localName;
    const heading = /^h[1-6]$/.test(tag) ? Number(tag[1]) : 0;
    const t = tables[tables.length - 1];
    const cell = (tag === "td" || tag === "th") && t ? { ...t, header: tag === "th" } : null;
    blocks.push({
      tag,
      element: el,
      text,
      heading,
      bold,
      listDepth: ctx.listDepth,
      listType: ctx.listType,
      cell,
      hint,
      chrome: ctx.chrome,
    });
  };

  const walk = (el: Element, parentBuf: Buffer, ctx: Context) => {
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
      const child = node as Element;
      const tag = child.localName;
      if (tag === "br") {
        parentBuf.parts.push("\n");
        continue;
      }
      if (isSkipped(tag) || isHidden(child) || isIcon(child, tag)) {
        labelIcon(child, parentBuf);
        continue;
      }
      const childCtx: Context = {
        chrome: ctx.chrome || isChrome(child, tag, ctx.inMain),
        inMain: ctx.inMain || tag === "main" || tag === "article",
        bold: ctx.bold || BOLD_TAGS.has(tag) || /^h[1-6]$/.test(tag),
        listDepth: ctx.listDepth + (tag === "ul" || tag === "ol" ? 1 : 0),
        listType: tag === "ul" || tag === "ol" ? tag : ctx.listType,
      };
      if (!BLOCK_TAGS.has(tag)) {
        const separate = !WORD_TAGS.has(tag);
        if (separate) parentBuf.parts.push(" ");
        walk(child, parentBuf, childCtx);
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
      walk(child, buf, childCtx);
      flush(child, buf, childCtx);
      if (tag === "table") tables.pop();
    }
  };

  const root = doc.body ?? doc.documentElement;
  if (!root) return blocks;
  const rootCtx: Context = { chrome: false, inMain: false, bold: false, listDepth: 0, listType: null };
  const buf: Buffer = { parts: [], chars: 0, boldChars: 0, hint: null };
  walk(root, buf, rootCtx);
  flush(root, buf, rootCtx);
  markRelatedSections(blocks);
  return blocks;
}
