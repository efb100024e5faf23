// Requirement lists, found by structure: a lead-in (a heading, a bold line, a <p>/<div> ending in
// ":" such as "Van jou verwachten we:" or "Dein Skillset:", or the first line of a <br>-joined
// block) followed by items (list items, table rows, numbered or labelled lines, short paragraphs).
// The lead-in's words give the kind (eisen, wensen, both) or close the list (the offer, the tasks);
// a lead-in with words we do not know still opens a list when most of its items read as demands
// on the candidate ("5+ years of experience", "kennis van", "Abschluss in ..."). Items then say
// their own kind where they can: "E1"/"W1", "(K)", "Must have", an "Eis/Wens" cell, "is een pré",
// an icon labelled "Eis"/"Wens" (the block's hint) or a symbol a legend explains ("● = eis").
// Lead-ins may also be items of one nested list ("<li>Harde eisen<ul>...</ul></li>", Brunel), and
// a table's header may name the kinds per column ("Eisen" | "Wensen", Randstad) or per row.
import type { Block } from "../read/blocks";
import { readLeadIn, type LeadKind, type SectionKind } from "../dutch/lead-ins";
import {
  isLegend,
  kindOfWord,
  legendSymbols,
  parseItem,
  readsLikeDemand,
  saysNice,
  soundsNice,
  toRequirement,
  type RawItem,
} from "./requirement-item";
import type { Requirement } from "../model/listing";
import { readHeaderCell, readKindTableCell, readTableRow, type TableKinds } from "./requirement-table";

interface Found extends RawItem {
  listType: "ol" | "ul" | null;
  /** The kind of the group lead-in item above it ("Harde eisen" with its own sub-list). */
  group?: SectionKind | null;
}
/** A list item that heads a sub-list of requirements: "<li>Harde eisen<ul><li>...</li></ul></li>". */
interface Group {
  kind: LeadKind | null;
  /** The depth of the lead-in item; its items sit one deeper. */
  depth: number;
}
interface Section {
  kind: SectionKind;
  /** 1..7 for a heading or bold line, 8 for a lead-in line, 0 when the caller gave the section. */
  rank: number;
  /** The lead-in's words said eisen/wensen; otherwise the items must read as demands. */
  sure: boolean;
  /**
   * Generic lead-in words ("What you'll need:"): some items must read as demands, unless the
   * lead-in does itself ("Strong candidates may also have experience with").
   */
  weak: boolean;
  /** The lead-in is a line, not a heading: the list ends at the first other block after its items. */
  inline: boolean;
  /** Plain paragraphs count as items (a sure lead-in, or a lead-in ending in ":"). */
  looseOk: boolean;
  structured: Found[];
  loose: Found[];
  listDepth: number;
  /** The group lead-in item the next deeper items belong to. */
  group: Group | null;
  /** Table rows were read under this section: its plain paragraphs are explanation, not items. */
  displaced: boolean;
}
interface LeadIn {
  text: string;
  kind: LeadKind | null;
  weak: boolean;
  rank: number;
  colon: boolean;
  /** The lines after the lead-in when it is the first line of a <br>-joined block. */
  rest: string[] | null;
}

const MAX_ITEMS = 80;
/** A list item that heads a sub-list is a few words ("Harde eisen", "Technisch:"). */
const MAX_GROUP_LEAD = 60;
/** How far a group lead-in looks for its sub-items (a bound on hostile nesting). */
const GROUP_LOOKAHEAD = 100;
/** A lead-in line is short; longer lines are sentences. */
const MAX_LEAD_LINE = 120;
/** A list whose lead-in says nothing is taken when at least this share of its items read as demands. */
const DEMAND_SHARE = 0.6;
const WEAK_SHARE = 1 / 3;
const ITEM_LINE = /^\s*(?:(?:KO|K\.O\.|[EWK])-?\d{1,2}|\d{1,2}[.)]|[-–—•*·▪►✓✔])\s*\S/u;
const ENDS_COLON = /[:：]\s*$/;
const ENDS_QUESTION = /\?\s*$/;

/** Rank of a heading-like block: h1..h6 = 1..6, a bold-only short block = 7, else 0. */
export function headingRank(block: Block): number {
  if (block.heading) return block.heading;
  if (block.bold && block.text.length <= 80 && !block.text.includes("\n") && block.tag !== "li" && !block.listDepth)
    return 7;
  return 0;
}

function isListItem(block: Block): boolean {
  // Greenhouse writes <li><p>...</p></li>: the item's text sits in a <p> inside the list
  return !block.heading && (block.tag === "li" || block.listDepth > 0);
}

/** Is this block a lead-in, and what does it ask? */
function leadInOf(block: Block, rank: number): LeadIn | null {
  const text = block.text;
  if (rank) {
    const read = readLeadIn(text);
    return { text, kind: read?.kind ?? null, weak: !!read?.weak, rank, colon: ENDS_COLON.test(text), rest: null };
  }
  const nl = text.indexOf("\n");
  const first = (nl < 0 ? text : text.slice(0, nl)).trim();
  if (first.length > MAX_LEAD_LINE) return null;
  // a line that ends in ":" or asks ("Wat heb je nodig?") introduces what follows
  const colon = ENDS_COLON.test(first) || ENDS_QUESTION.test(first);
  // "Eis: minimaal 5 jaar ervaring" is an item with a tag, not a lead-in
  if (!colon && first.includes(":")) return null;
  const read = readLeadIn(first);
  // without ":" or "?" only the known words themselves ("Eisen", "Wensen"), not an item that
  // starts with them ("Je hebt een hbo-diploma.")
  // "Kennis van Frans is een troef." says its own kind: an item, not a lead-in
  if (read && !colon && (read.tail > 2 || read.inside)) return null;
  const kind = read?.kind ?? null;
  const weak = !!read?.weak;
  if (!kind && !colon) return null;
  if (nl < 0) return { text: first, kind, weak, rank: 8, colon, rest: null };
  // "Wat breng je mee?<br>- Een hbo-opleiding<br>- ..." (Nederland Interim)
  return { text: first, kind, weak, rank: 8, colon, rest: text.slice(nl + 1).split("\n") };
}

function newSection(kind: SectionKind, lead: LeadIn, sure: boolean): Section {
  return {
    kind,
    rank: lead.rank,
    sure,
    weak: lead.weak && !readsLikeDemand(lead.text),
    inline: lead.rank === 8 || lead.rest !== null,
    looseOk: sure || lead.colon,
    structured: [],
    loose: [],
    listDepth: 0,
    group: null,
    displaced: false,
  };
}

/** A section the caller or a table header gave: its kind is sure. */
function givenSection(kind: SectionKind, rank: number): Section {
  return {
    kind,
    rank,
    sure: true,
    weak: false,
    inline: false,
    looseOk: true,
    structured: [],
    loose: [],
    listDepth: 0,
    group: null,
    displaced: false,
  };
}

function itemsOf(section: Section): Found[] {
  if (section.structured.length) return section.structured;
  return section.looseOk && !section.displaced ? section.loose : [];
}

/**
 * Does the list item at blocks[i] head a sub-list of its own requirements (Brunel's "Harde eisen"
 * and "Pluspunten" as items of one list, each with a nested list)? Yes when its words give a kind,
 * or when it is a short bold or ":" line whose sub-items read as demands; a long item with a
 * nested list ("Beschikbaarheid: ... op deze data:") keeps the nested items as its details.
 */
function groupLeadOf(blocks: Block[], i: number): Group | null {
  const block = blocks[i] as Block;
  const depth = block.listDepth;
  const subs: Found[] = [];
  for (let j = i + 1; j < blocks.length && j <= i + GROUP_LOOKAHEAD && subs.length < 12; j++) {
    const b = blocks[j] as Block;
    if (b.chrome) continue;
    if (!isListItem(b) || b.listDepth <= depth) break;
    if (b.listDepth !== depth + 1) continue;
    const item = parseItem(b.text.replace(/\n/g, " "));
    if (item) subs.push({ ...item, listType: b.listType });
  }
  if (!subs.length) return null;
  const text = block.text.trim();
  if (text.length > MAX_GROUP_LEAD || text.includes("\n")) return null;
  const read = readLeadIn(text);
  if (read && read.tail <= 2 && !read.inside) return { kind: read.kind, depth };
  if ((block.bold || ENDS_COLON.test(text)) && readsAsRequirements(subs, DEMAND_SHARE)) return { kind: null, depth };
  return null;
}

/** The kind an item's icon says by its label (hint): "Eis", "Wens", "Vereist", "Pluspunt". */
function kindOfHint(block: Block): Requirement["kind"] | null {
  return block.hint ? kindOfWord(block.hint) : null;
}

type Symbols = Map<string, Requirement["kind"]>;

/** An item led by a symbol the legend named ("● = eis"): its text without the symbol, and its kind. */
function bySymbol(line: string, symbols: Symbols | null): { line: string; kind: Requirement["kind"] | null } {
  if (!symbols) return { line, kind: null };
  const t = line.trimStart();
  const symbol = [...t][0] ?? "";
  const kind = symbols.get(symbol) ?? null;
  return kind ? { line: t.slice(symbol.length), kind } : { line, kind: null };
}

/**
 * A list under an unknown lead-in counts when most items ask something of the candidate (share
 * DEMAND_SHARE); under a weak lead-in when a third do (eHow's "What You'll Need:" tools: none).
 */
function readsAsRequirements(items: Found[], share: number): boolean {
  if (items.length < (share >= DEMAND_SHARE ? 2 : 1)) return false;
  let demands = 0;
  let chars = 0;
  for (const item of items) {
    chars += item.text.length;
    if (item.labelKind || readsLikeDemand(item.text)) demands++;
  }
  return demands > 0 && demands >= share * items.length && chars / items.length <= 300;
}

function resolveKinds(section: Section): Requirement[] {
  const items = itemsOf(section);
  if (!section.sure && !readsAsRequirements(items, DEMAND_SHARE)) return [];
  if (section.weak && !readsAsRequirements(items, WEAK_SHARE)) return [];
  const types = new Set(items.map((i) => i.listType));
  // ZuidProfs: "Functie eisen (1) en -wensen (•)": numbered list = eisen, bullets = wensen.
  const byListType = section.kind === "mixed" && types.has("ol") && types.has("ul");
  return items.map((item) => {
    let kind: Requirement["kind"];
    const own = item.group ?? section.kind;
    if (item.labelKind) kind = item.labelKind;
    else if (own === "nice") kind = "nice";
    // Roblox: "... is a plus" at the end of a "You Have" list
    else if (own === "must") kind = saysNice(item.text) ? "nice" : "must";
    else if (byListType) kind = item.listType === "ol" ? "must" : "nice";
    else kind = soundsNice(item.text) ? "nice" : "must";
    return toRequirement(item, kind);
  });
}

/** `hinted`: the kind the block's icon says, for a block of one line; `symbols`: the legend's. */
function addLines(
  section: Section,
  lines: string[],
  hinted: Requirement["kind"] | null = null,
  symbols: Symbols | null = null,
): void {
  for (const raw of lines) {
    if (section.structured.length + section.loose.length >= MAX_ITEMS) return;
    if (isLegend(raw)) continue;
    const { line, kind } = bySymbol(raw, symbols);
    const item = parseItem(line);
    if (!item) continue;
    const labelKind = item.labelKind ?? kind ?? (lines.length === 1 ? hinted : null);
    const found = { ...item, labelKind, listType: null };
    if (ITEM_LINE.test(line) || item.label || kind) section.structured.push(found);
    else if (section.looseOk && !ENDS_COLON.test(line) && line.length <= 400 && line.length >= 8)
      section.loose.push(found);
  }
}

/** `kind`: the blocks are one section of that kind already (an adapter's eisen element). */
export function readRequirements(blocks: Block[], kind?: Requirement["kind"]): Requirement[] {
  const out: Requirement[] = [];
  let section: Section | null = kind ? givenSection(kind, 0) : null;
  let tableKinds: TableKinds | null = null;
  let symbols: Symbols | null = null;
  const close = () => {
    if (section) out.push(...resolveKinds(section));
    section = null;
  };
  const hasItems = (s: Section) => s.structured.length + s.loose.length > 0;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as Block;
    if (out.length >= MAX_ITEMS) break;
    const rank = block.cell ? 0 : headingRank(block);
    // buttons ("Am I a good fit for this job?", "Solliciteer nu") are neither lead-ins nor items
    if (block.chrome || block.tag === "button") {
      if (rank && section && (section as Section).rank !== 0) close();
      continue;
    }
    if (block.cell?.header) {
      tableKinds = readHeaderCell(tableKinds, blocks, i);
      continue;
    }
    if (block.cell) {
      const inTable =
        tableKinds?.table === block.cell.table && tableKinds.cols.size + tableKinds.rows.size ? tableKinds : null;
      if (inTable) {
        // a table whose header says eisen/wensen: its rows (or columns) are requirements of their own
        const own = givenSection("mixed", 9);
        for (const { item, kind: group } of readKindTableCell(blocks, i, inTable))
          own.structured.push({ ...item, listType: null, group });
        if (own.structured.length) {
          out.push(...resolveKinds(own));
          if (section) (section as Section).displaced = true;
        }
        continue;
      }
      const target: Section | null = section;
      const row = target ? readTableRow(blocks, i) : null;
      if (target && row) target.structured.push({ ...row, listType: null });
      continue;
    }
    // "● = eis  ○ = wens": the legend of the symbols that lead the items
    if (!block.cell && block.text.length <= MAX_LEAD_LINE && isLegend(block.text))
      symbols = legendSymbols(block.text) ?? symbols;
    if (isListItem(block)) {
      let target: Section | null = section;
      const depth = block.listDepth;
      if (!target) {
        // "<li>Eisen<ul>...</ul></li>" with no lead-in before the list
        const group = groupLeadOf(blocks, i);
        if (!group?.kind || group.kind === "stop") continue;
        target = section = { ...givenSection(group.kind, 8), inline: true };
      }
      if (target.structured.length >= MAX_ITEMS) continue;
      if (!target.listDepth) target.listDepth = depth;
      let group: SectionKind | null = null;
      if (depth <= target.listDepth) {
        target.group = groupLeadOf(blocks, i);
        if (target.group) {
          if (target.group.kind && target.group.kind !== "stop") {
            target.sure = true;
            target.weak = false;
          }
          continue;
        }
      } else {
        // details of the item above (KB&P), unless that item is a group lead-in ("Harde eisen")
        const g = target.group;
        if (!g || depth !== g.depth + 1 || g.kind === "stop") continue;
        group = g.kind;
      }
      const marked = bySymbol(block.text.replace(/\n/g, " "), symbols);
      const item = parseItem(marked.line);
      if (item)
        target.structured.push({
          ...item,
          labelKind: item.labelKind ?? marked.kind ?? kindOfHint(block),
          listType: block.listType,
          group,
        });
      continue;
    }
    const lead = leadInOf(block, rank);
    if (lead) {
      const current: Section | null = section;
      if (lead.kind === "stop") {
        close();
        continue;
      }
      if (lead.kind) {
        close();
        section = newSection(lead.kind, lead, true);
      } else if (
        current &&
        (current.rank === 0 ||
          (!current.inline && lead.rank > current.rank) ||
          (current.inline && lead.rank === 8 && !hasItems(current)))
      ) {
        // a sub-heading or "Kennis:" line inside a list already open
        if (lead.rest) addLines(current, lead.rest, null, symbols);
        continue;
      } else {
        close();
        section = newSection("must", lead, false);
      }
      if (lead.rest) addLines(section, lead.rest, null, symbols);
      continue;
    }
    const current: Section | null = section;
    if (!current) continue;
    // Hays: "Vereisten:" <ul>...</ul> and then the description goes on
    if (current.inline && current.structured.length) {
      close();
      continue;
    }
    if (current.inline && block.text.length > 400) {
      close();
      continue;
    }
    addLines(current, block.text.split("\n"), kindOfHint(block), symbols);
  }
  close();
  return dedupe(out).slice(0, MAX_ITEMS);
}

function dedupe(items: Requirement[]): Requirement[] {
  const seen = new Set<string>();
  return items.filter((r) => (seen.has(r.id) ? false : (seen.add(r.id), true)));
}
