// Requirement lists, found by structure: a lead-in (a heading, a bold line, a <p>/<div> ending in
// ":" such as "Van jou verwachten we:" or "Dein Skillset:", or the first line of a <br>-joined
// block) followed by items (list items, table rows, numbered or labelled lines, short paragraphs).
// The lead-in's words give the kind (eisen, wensen, both) or close the list (the offer, the tasks);
// a lead-in with words we do not know still opens a list when most of its items read as demands
// on the candidate ("5+ years of experience", "kennis van", "Abschluss in ..."). Items then say
// their own kind where they can: "E1"/"W1", "(K)", "Must have", an "Eis/Wens" cell, "is een pré".
import type { Block } from "./page-text";
import { classifyLeadIn, readLeadIn, type LeadKind, type SectionKind } from "./requirement-headings";
import {
  isLegend,
  parseItem,
  readsLikeDemand,
  saysNice,
  soundsNice,
  toRequirement,
  type RawItem,
} from "./requirement-item";
import type { Requirement } from "../model/listing";
import { readTableRow } from "./requirement-table";

interface Found extends RawItem {
  listType: "ol" | "ul" | null;
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
  if (read && !colon && read.tail > 2) return null;
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
  };
}

function itemsOf(section: Section): Found[] {
  if (section.structured.length) return section.structured;
  return section.looseOk ? section.loose : [];
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
    if (item.labelKind) kind = item.labelKind;
    else if (section.kind === "nice") kind = "nice";
    // Roblox: "... is a plus" at the end of a "You Have" list
    else if (section.kind === "must") kind = saysNice(item.text) ? "nice" : "must";
    else if (byListType) kind = item.listType === "ol" ? "must" : "nice";
    else kind = soundsNice(item.text) ? "nice" : "must";
    return toRequirement(item, kind);
  });
}

function addLines(section: Section, lines: string[]): void {
  for (const line of lines) {
    if (section.structured.length + section.loose.length >= MAX_ITEMS) return;
    if (isLegend(line)) continue;
    const item = parseItem(line);
    if (!item) continue;
    const found = { ...item, listType: null };
    if (ITEM_LINE.test(line) || item.label) section.structured.push(found);
    else if (section.looseOk && !ENDS_COLON.test(line) && line.length <= 400 && line.length >= 8)
      section.loose.push(found);
  }
}

/** `kind`: the blocks are one section of that kind already (an adapter's eisen element). */
export function readRequirements(blocks: Block[], kind?: Requirement["kind"]): Requirement[] {
  const out: Requirement[] = [];
  let section: Section | null = kind
    ? { kind, rank: 0, sure: true, weak: false, inline: false, looseOk: true, structured: [], loose: [], listDepth: 0 }
    : null;
  let tableKind: { table: number; kind: SectionKind } | null = null;
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
      const heading = classifyLeadIn(block.text);
      if (heading && heading !== "stop") tableKind = { table: block.cell.table, kind: heading };
      continue;
    }
    if (block.cell) {
      const inTable = tableKind?.table === block.cell.table ? tableKind.kind : null;
      const own: Section | null = inTable
        ? {
            kind: inTable,
            rank: 9,
            sure: true,
            weak: false,
            inline: false,
            looseOk: true,
            structured: [],
            loose: [],
            listDepth: 0,
          }
        : null;
      const target: Section | null = own ?? section;
      const row = target ? readTableRow(blocks, i) : null;
      if (target && row) target.structured.push({ ...row, listType: null });
      if (own) out.push(...resolveKinds(own));
      continue;
    }
    if (isListItem(block)) {
      const target: Section | null = section;
      if (!target || target.structured.length >= MAX_ITEMS) continue;
      if (!target.listDepth) target.listDepth = block.listDepth;
      if (block.listDepth > target.listDepth) continue; // details of the item above (KB&P)
      const item = parseItem(block.text.replace(/\n/g, " "));
      if (item) target.structured.push({ ...item, listType: block.listType });
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
        if (lead.rest) addLines(current, lead.rest);
        continue;
      } else {
        close();
        section = newSection("must", lead, false);
      }
      if (lead.rest) addLines(section, lead.rest);
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
    addLines(current, block.text.split("\n"));
  }
  close();
  return dedupe(out).slice(0, MAX_ITEMS);
}

function dedupe(items: Requirement[]): Requirement[] {
  const seen = new Set<string>();
  return items.filter((r) => (seen.has(r.id) ? false : (seen.add(r.id), true)));
}
