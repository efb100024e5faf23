// A requirement given as a table row (Flextender-style "Nr | Eis | Weging", Mercell-style
// "Nr | Omschrijving | Soort"): the longest cell is the text, a short "E1"/"3" cell the label, a
// "20%"/"30 punten" cell the weight, an "Eis"/"Wens"/"KO" cell the kind.
import type { Block } from "./page-text";
import { parseItem, type RawItem } from "./requirement-item";
import { KIND_CELLS } from "./requirement-words";
import { normalize } from "./text";

const LABEL_CELL = /^(?:(KO|[EWK])-?)?(\d{1,2}[a-z]?)[.)]?$/i;
// "1.1", "2.3": numbering by section (Mercell)
const SECTION_CELL = /^\d{1,2}\.\d{1,2}\.?$/;
const WEIGHT_CELL = /^\d+(?:[.,]\d+)?\s*(?:%|punten|punt|pnt|pts|points)?$/i;

/** Reads the row that starts at blocks[i] (its first cell); null for header rows and other cells. */
export function readTableRow(blocks: Block[], i: number): RawItem | null {
  const first = blocks[i]?.cell;
  if (!first || first.col !== 0) return null;
  const cells: Block[] = [];
  for (let j = i; j < blocks.length && j < i + 12; j++) {
    const b = blocks[j];
    if (!b?.cell || b.cell.table !== first.table || b.cell.row !== first.row) break;
    cells.push(b);
  }
  if (cells.every((c) => c.cell?.header)) return null;
  let label: string | null = null;
  let weight: string | null = null;
  let text: Block | null = null;
  let cellKind: RawItem["labelKind"] = null;
  cells.forEach((cell, k) => {
    const t = cell.text.trim();
    const l = LABEL_CELL.exec(t);
    const kind = t.length <= 20 ? KIND_CELLS[normalize(t)] : undefined;
    if (l && k === 0) label = l[1] ? `${l[1].toUpperCase()}${l[2]}` : null;
    else if (SECTION_CELL.test(t) && k === 0) return;
    else if (kind && k > 0) cellKind = kind;
    else if (WEIGHT_CELL.test(t) && k > 0) weight = t;
    else if (!text || t.length > text.text.length) text = cell;
  });
  const main = text as Block | null;
  if (!main) return null;
  const item = parseItem(main.text.replace(/\n/g, " "));
  if (!item) return null;
  const lab = label as string | null;
  return {
    ...item,
    label: item.label ?? lab,
    weight: item.weight ?? weight,
    labelKind:
      item.labelKind ??
      cellKind ??
      (lab ? (lab.startsWith("W") ? "nice" : lab.startsWith("E") || lab.startsWith("K") ? "must" : null) : null),
  };
}
