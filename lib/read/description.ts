// A JobPosting's description, as text blocks. Most sites put HTML in it (some escaped twice);
// on a JavaScript shell page it is the only place the requirements stand. Parsed in an inert
// document (DOMParser runs no scripts and loads nothing), never inserted into the page.
import type { Block } from "../model/page-reading";
import { READING_LIMITS } from "../model/reading-limits";
import { readBlocksWithElements } from "./blocks";

const MAX_HTML = 60_000;

export function descriptionBlocks(doc: Document, description: string | null): Block[] {
  if (!description) return [];
  let html = description.slice(0, MAX_HTML);
  // "&lt;p&gt;..." : HTML escaped once more inside the JSON
  if (!/<[a-z]/i.test(html) && /&lt;[a-z]/i.test(html))
    html = html
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, "&");
  if (!/<[a-z]/i.test(html)) return plainBlocks(html);
  const Parser = (doc.defaultView as (Window & typeof globalThis) | null)?.DOMParser ?? globalThis.DOMParser;
  if (!Parser) return [];
  try {
    const parsed = new Parser().parseFromString(`<body>${html}</body>`, "text/html");
    return readBlocksWithElements(parsed.body).blocks.slice(0, READING_LIMITS.descriptionBlocks);
  } catch {
    return [];
  }
}

/** A description in plain text: one block per line; "- item" and "• item" lines are list items. */
function plainBlocks(text: string): Block[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/\s+/g, " ").trim())
    .filter(Boolean)
    .slice(0, READING_LIMITS.descriptionBlocks)
    .map((line) => {
      const item = /^[-•*·▪]\s/.test(line);
      return {
        tag: item ? "li" : "p",
        text: item ? line.slice(2) : line,
        heading: 0,
        bold: false,
        listDepth: item ? 1 : 0,
        listType: item ? ("ul" as const) : null,
        cell: null,
        hint: null,
        chrome: false,
        link: null,
      };
    });
}
