// A requirement given as a table row (Flextender-style "Nr | Eis | Weging", Mercell-style
// "Nr | Omschrijving | Soort"): the longest cell is the text, a short "E1"/"3" cell the label, a
// "20%"/"30 punten" cell the weight, an "Eis"/"Wens"/"KO" cell the kind. A table whose header
// names the kind reads by it: one "Eisen" column heads rows of eisen, "Eisen" | "Wensen" columns
// are two lists side by side, an "Eisen" row header heads the cell beside it.
import type { Block } from "../read/blocks";
import { classifyLeadIn, type SectionKind } from "../dutch/lead-ins";
import { parseItem, type RawItem } from "./requirement-item";
import { KIND_CELLS } from "../dutch/requirement-words";
import { normalize } from "../dutch/text";

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

/** The kinds a table's header cells name: per column (a header row), per row (a row header). */
export interface TableKinds {
  table: number;
  cols: Map<number, SectionKind>;
  rows: Map<number, SectionKind>;
}

/** Notes what the header cell at blocks[i] (a th) names; a new table starts afresh. */
export function readHeaderCell(prev: TableKinds | null, blocks: Block[], i: number): TableKinds | null {
  const cell = blocks[i]?.cell;
  if (!cell) return prev;
  const state: TableKinds = prev?.table === cell.table ? prev : { table: cell.table, cols: new Map(), rows: new Map() };
  const kind = classifyLeadIn((blocks[i] as Block).text);
  if (!kind || kind === "stop") return state;
  // "<tr><th>Eisen</th><td>...</td></tr>": a row header, when a data cell shares its row
  const next = blocks[i + 1]?.cell;
  const rowHeader = cell.col === 0 && next?.table === cell.table && next.row === cell.row && !next.header;
  if (rowHeader) state.rows.set(cell.row, kind);
  else state.cols.set(cell.col, kind);
  return state;
}

/** A cell of no more than a mark: "x", "✓", "●", "ja". */
function isMark(text: string): boolean {
  return text.trim().length <= 3;
}

/** An item of a kind table, and the kind its column or row header names. */
export interface KindTableItem {
  item: RawItem;
  kind: SectionKind | null;
}

function itemsOfCell(block: Block, kind: SectionKind): KindTableItem[] {
  const out: KindTableItem[] = [];
  for (const line of block.text.split("\n")) {
    const item = parseItem(line);
    if (item) out.push({ item, kind });
  }
  return out;
}

/**
 * The requirements in the cell at blocks[i] of a table whose header names kinds: a row under one
 * kind column is read whole (label, weight, text); with two or more kind columns each cell is an
 * item of its column's kind, or, when those cells only hold marks, the row's text is an item of
 * the marked column's kind; a cell beside an "Eisen" row header holds items of that kind.
 */
export function readKindTableCell(blocks: Block[], i: number, kinds: TableKinds): KindTableItem[] {
  const block = blocks[i] as Block;
  const cell = block.cell;
  if (!cell) return [];
  const rowKind = kinds.rows.get(cell.row);
  if (rowKind) return cell.col > 0 ? itemsOfCell(block, rowKind) : [];
  if (kinds.cols.size < 2) {
    const row = cell.col === 0 ? readTableRow(blocks, i) : null;
    return row ? [{ item: row, kind: kinds.cols.values().next().value ?? null }] : [];
  }
  const own = kinds.cols.get(cell.col);
  if (own && !isMark(block.text)) return itemsOfCell(block, own);
  if (cell.col !== 0) return [];
  // "Omschrijving | Eis | Wens" with an "x" under one of them
  let marked: SectionKind | null = null;
  for (let j = i; j < blocks.length && j < i + 12; j++) {
    const c = blocks[j]?.cell;
    if (!c || c.table !== cell.table || c.row !== cell.row) break;
    const k = kinds.cols.get(c.col);
    if (!k) continue;
    if (!isMark((blocks[j] as Block).text)) return [];
    marked ??= k;
  }
  const row = marked ? readTableRow(blocks, i) : null;
  return row ? [{ item: row, kind: marked }] : [];
}
