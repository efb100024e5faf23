// Label/value pairs in the visible text: dl/dt/dd, table rows and header rows, "Label: value"
// lines, "Label value" in one short block, label + next block (a heading over a value, as on
// ZuidProfs), and icons or list items that carry the label as title/aria-label (Bij Oranje).
import type { Block } from "../read/blocks";
import { fieldOfLabel, type LabelField } from "../dutch/label-words";
import { normalize } from "../dutch/text";

export interface LabelledValue {
  field: LabelField;
  label: string;
  value: string;
  /** "colon" and "alone"/"hint"/"cell" are explicit; "prefix" is a label run into its value. */
  how: "colon" | "prefix" | "alone" | "hint" | "cell";
  block: Block;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Split "Sluitingsdatum: 12 november 2025" into its label and the rest. */
export function splitLabel(line: string): { field: LabelField; label: string; rest: string; colon: boolean } | null {
  const words = Array.from(line.slice(0, 80).matchAll(WORD)).slice(0, 7);
  const first = words[0];
  if (!first || first.index > 3) return null;
  // a label followed by a colon wins over a longer run ("Deadline: Reageren kan tot ...")
  for (const needColon of [true, false]) {
    for (let k = words.length; k >= 1; k--) {
      const phrase = words
        .slice(0, k)
        .map((w) => normalize(w[0]))
        .join(" ");
      const field = fieldOfLabel(phrase);
      const last = words[k - 1];
      if (!field || !last) continue;
      const end = last.index + last[0].length;
      const after = line.slice(end);
      const colon = /^\s*[:：]/.test(after);
      if (needColon && !colon) continue;
      return { field, label: line.slice(first.index, end), rest: after.replace(/^[\s:：\-–—|]+/, "").trim(), colon };
    }
  }
  return null;
}

function isLabelOnly(text: string): boolean {
  const split = splitLabel(text);
  return !!split && split.rest === "";
}

/** The value cell under a header cell: same table and column, next row. */
function cellBelow(blocks: Block[], i: number): Block | null {
  const cell = blocks[i]?.cell;
  if (!cell) return null;
  for (let j = i + 1; j < blocks.length && j < i + 60; j++) {
    const c = blocks[j]?.cell;
    if (c && c.table === cell.table && c.row === cell.row + 1 && c.col === cell.col) return blocks[j] ?? null;
    if (c && c.table === cell.table && c.row > cell.row + 1) break;
  }
  return null;
}

/** Main text, or with `sidebars` also the page's own sidebars (not its related listings). */
const readable = (block: Block, sidebars: boolean): boolean => !block.chrome || (sidebars && block.sidebar === true);

function valueAfter(blocks: Block[], i: number, sidebars: boolean): Block | null {
  const block = blocks[i];
  const next = blocks[i + 1];
  if (!block || !next || !readable(next, sidebars)) return null;
  // a header row over a value row: the value sits in the same column, one row down
  if (block.cell?.header && next.cell && (next.cell.header || next.cell.row !== block.cell.row))
    return cellBelow(blocks, i);
  if (next.text.length > 200 || isLabelOnly(next.text)) return null;
  return next;
}

export function findLabelledValues(blocks: Block[], { sidebars = false } = {}): LabelledValue[] {
  const found: LabelledValue[] = [];
  blocks.forEach((block, i) => {
    if (!readable(block, sidebars) || block.text.length > 1500) return;
    const hintField = block.hint ? fieldOfLabel(normalize(block.hint)) : null;
    if (hintField && block.text.length <= 200 && !splitLabel(block.text)) {
      found.push({ field: hintField, label: block.hint ?? "", value: block.text, how: "hint", block });
    }
    // "Start: 1 October 2024 · End: 31 March 2025": several pairs on one line
    for (const line of block.text.split(/\n|\s[·•|]\s/)) {
      let split = splitLabel(line);
      if (!split) continue;
      // "Geplaatst: Geplaatst op 14-11-2025": an icon's label before the printed one
      const inner = split.rest ? splitLabel(split.rest) : null;
      if (inner && inner.field === split.field && inner.rest) split = { ...inner, colon: true };
      if (split.rest) {
        if (split.rest.length <= 200) {
          found.push({
            field: split.field,
            label: split.label,
            value: split.rest,
            how: split.colon ? "colon" : "prefix",
            block,
          });
        }
      } else if (line === block.text) {
        const value = valueAfter(blocks, i, sidebars);
        if (value)
          found.push({
            field: split.field,
            label: split.label,
            value: value.text,
            how: block.cell ? "cell" : "alone",
            block: value,
          });
      }
    }
  });
  return found;
}
