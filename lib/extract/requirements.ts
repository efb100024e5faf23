// Requirement lists: headings of eisen/wensen sections (real headings, bold-only paragraphs or
// header cells), then their items: list items (nested lists are details of their parent item),
// table rows, numbered or labelled lines (E1/W1), or plain lines when a section has nothing else.
import type { Block } from "./page-text";
import { classifyHeading, isStopHeading, type SectionKind } from "./requirement-headings";
import { parseItem, soundsNice, toRequirement, type RawItem } from "./requirement-item";
import type { Requirement } from "../model/listing";
import { readTableRow } from "./requirement-table";

interface Found extends RawItem {
  listType: "ol" | "ul" | null;
}
interface Section {
  kind: SectionKind;
  rank: number;
  structured: Found[];
  loose: Found[];
  listDepth: number;
}

const MAX_ITEMS = 80;
const ITEM_LINE = /^\s*(?:(?:KO|K\.O\.|[EWK])-?\d{1,2}|\d{1,2}[.)]|[-–—•*·▪►✓✔])\s*\S/u;

/** Rank of a heading-like block: h1..h6 = 1..6, a bold-only short block = 7, else 0. */
export function headingRank(block: Block): number {
  if (block.heading) return block.heading;
  if (block.bold && block.text.length <= 80 && !block.text.includes("\n") && block.tag !== "li") return 7;
  return 0;
}

function resolveKinds(section: Section): Requirement[] {
  const items = section.structured.length ? section.structured : section.loose;
  const types = new Set(items.map((i) => i.listType));
  // ZuidProfs: "Functie eisen (1) en -wensen (•)": numbered list = eisen, bullets = wensen.
  const byListType = section.kind === "mixed" && types.has("ol") && types.has("ul");
  return items.map((item) => {
    let kind: Requirement["kind"];
    if (item.labelKind) kind = item.labelKind;
    else if (section.kind !== "mixed") kind = section.kind;
    else if (byListType) kind = item.listType === "ol" ? "must" : "nice";
    else kind = soundsNice(item.text) ? "nice" : "must";
    return toRequirement(item, kind);
  });
}

function addLines(section: Section, block: Block): void {
  for (const line of block.text.split("\n")) {
    const item = parseItem(line);
    if (!item) continue;
    const found = { ...item, listType: null };
    if (ITEM_LINE.test(line)) section.structured.push(found);
    else if (!/[:：]\s*$/.test(line) && line.length <= 400 && line.length >= 8) section.loose.push(found);
  }
}

/** `kind`: the blocks are one section of that kind already (an adapter's eisen element). */
export function readRequirements(blocks: Block[], kind?: Requirement["kind"]): Requirement[] {
  const out: Requirement[] = [];
  let section: Section | null = kind ? { kind, rank: 0, structured: [], loose: [], listDepth: 0 } : null;
  let tableKind: { table: number; kind: SectionKind } | null = null;
  const close = () => {
    if (section) out.push(...resolveKinds(section));
    section = null;
  };
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as Block;
    if (out.length >= MAX_ITEMS) break;
    const rank = headingRank(block);
    const heading = rank || block.cell?.header ? classifyHeading(block.text) : null;
    if (block.cell?.header && heading) {
      tableKind = { table: block.cell.table, kind: heading };
      continue;
    }
    if (rank && !block.cell) {
      const current: Section | null = section;
      if (heading) {
        close();
        section = { kind: heading, rank, structured: [], loose: [], listDepth: 0 };
        continue;
      }
      if (current && (rank <= current.rank || isStopHeading(block.text) || block.chrome)) close();
      continue;
    }
    if (block.chrome) continue;
    const inTable = block.cell && tableKind?.table === block.cell.table ? tableKind.kind : null;
    const own = inTable ? { kind: inTable, rank: 9, structured: [], loose: [], listDepth: 0 } : null;
    const target: Section | null = own ?? section;
    if (!target) continue;
    if (block.cell) {
      const row = readTableRow(blocks, i);
      if (row) target.structured.push({ ...row, listType: null });
    } else if (block.tag === "li") {
      if (!target.listDepth) target.listDepth = block.listDepth;
      if (block.listDepth > target.listDepth) continue; // details of the item above (KB&P)
      const item = parseItem(block.text.replace(/\n/g, " "));
      if (item) target.structured.push({ ...item, listType: block.listType });
    } else addLines(target, block);
    if (own) out.push(...resolveKinds(own));
  }
  close();
  return dedupe(out);
}

function dedupe(items: Requirement[]): Requirement[] {
  const seen = new Set<string>();
  return items.filter((r) => (seen.has(r.id) ? false : (seen.add(r.id), true)));
}
