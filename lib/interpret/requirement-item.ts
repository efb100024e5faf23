// One requirement item: its own label ("E1", "W3", "KO2"), tag ("Must have", "(K)", "(wens)"),
// weight ("30 punten", "20%") and text; and how an item reads (a wish, a demand, an offer).
import type { Requirement } from "../model/listing";
import { requirementId } from "../model/requirement-id";
import { normalize, squash } from "../dutch/text";
import {
  DEMAND_WORDS,
  ITEM_TAGS,
  KIND_CELLS,
  NICE_ITEM_STRONG,
  NICE_ITEM_WEAK,
  OFFER_WORDS,
} from "../dutch/requirement-words";

export interface RawItem {
  text: string;
  label: string | null;
  weight: string | null;
  /** Kind the page says by the item itself (E = eis, W = wens, "Must have", "(K)"), if any. */
  labelKind: Requirement["kind"] | null;
}

// "E1 Minimaal ...", "W2: Ervaring ...", "KO3 - ..."; not "G4 of G40 gemeenten".
const LABEL = /^\s*(KO|K\.O\.|[EWK])-?(\d{1,2}[a-z]?)(?:\s*[.:)\-–—]\s*|\s+)(?=[\p{Lu}(\d"'‘“])/u;
const NUMBERING = /^\s*(?:\d{1,2}[.)]|[-–—•*·▪►✓✔])\s*/;
const WEIGHT_IN_PARENS =
  /\(\s*((?:weging|gewicht|weight)?\s*:?\s*\d{1,4}(?:[.,]\d{1,2})?\s*(?:%|punten|punt|pnt|pts|points))\s*\)/i;
const WEIGHT_AT_END = /\s*[-–—|]\s*((?:weging|gewicht)?\s*:?\s*\d{1,4}(?:[.,]\d{1,2})?\s*(?:%|punten|punt|pnt))\s*$/i;
// "Must have Minimaal ...", "Nice-to-have: ...", "Knock-out: ..." (Myler) without brackets
const BARE_TAG = /^(must[- ]have|nice[- ]to[- ]have|knock[- ]?out)\b[\s:.\-–—]*/i;
const TAG_MAX = 24;

const TAG_KIND = new Map(ITEM_TAGS.map((t) => [t.words, t.kind]));

function phraseSet(list: string[]): string[] {
  return list.map((p) => ` ${p} `);
}
const STRONG = phraseSet(NICE_ITEM_STRONG);
const WEAK = phraseSet(NICE_ITEM_WEAK);
const DEMAND = phraseSet(DEMAND_WORDS);
const OFFER = phraseSet(OFFER_WORDS);

function has(text: string, phrases: string[]): boolean {
  const padded = ` ${normalize(text)} `;
  return phrases.some((p) => padded.includes(p));
}

function kindOfLabel(letter: string): Requirement["kind"] {
  return letter === "W" ? "nice" : "must";
}

/** A tag in brackets or before a colon at the start, or in brackets at the end: "(K) ...", "Wens: ...", "... (eis)". */
function takeTag(text: string): { text: string; kind: Requirement["kind"] } | null {
  const bare = BARE_TAG.exec(text);
  if (bare && bare[1] && bare[0].length < text.length) {
    const kind = TAG_KIND.get(normalize(bare[1]));
    if (kind) return { text: text.slice(bare[0].length), kind };
  }
  const open = text[0];
  if (open === "(" || open === "[") {
    const close = text.indexOf(open === "(" ? ")" : "]");
    if (close > 0 && close <= TAG_MAX) {
      const kind = TAG_KIND.get(normalize(text.slice(1, close)));
      if (kind) return { text: text.slice(close + 1), kind };
    }
  }
  const colon = text.indexOf(":");
  if (colon > 0 && colon <= TAG_MAX) {
    const kind = TAG_KIND.get(normalize(text.slice(0, colon)));
    if (kind) return { text: text.slice(colon + 1), kind };
  }
  const end = text.trimEnd();
  const last = end[end.length - 1];
  if (last === ")" || last === "]") {
    const start = end.lastIndexOf(last === ")" ? "(" : "[");
    if (start > 0 && end.length - start <= TAG_MAX) {
      const kind = TAG_KIND.get(normalize(end.slice(start + 1, -1)));
      if (kind) return { text: end.slice(0, start), kind };
    }
  }
  return null;
}

export function parseItem(line: string): RawItem | null {
  let text = squash(line);
  let label: string | null = null;
  let labelKind: Requirement["kind"] | null = null;
  const m = LABEL.exec(text);
  // "E1 Minimaal ..." but not "Eisen" or "Minimaal": a label letter followed by its number
  if (m && m[1] && m[2]) {
    const letter = m[1].toUpperCase().replace(/\./g, "");
    label = `${letter}${m[2]}`;
    labelKind = kindOfLabel(letter === "KO" ? "K" : letter);
    text = text.slice(m[0].length);
  } else {
    text = text.replace(NUMBERING, "");
  }
  let weight: string | null = null;
  const w = WEIGHT_IN_PARENS.exec(text) ?? WEIGHT_AT_END.exec(text);
  if (w && w[1]) {
    weight = squash(w[1]);
    text = (text.slice(0, w.index) + " " + text.slice(w.index + w[0].length)).trim();
  }
  const tag = takeTag(text);
  if (tag) {
    text = tag.text;
    labelKind ??= tag.kind;
  }
  text = squash(text.replace(/^[\s:.\-–—]+/, ""));
  return text.length >= 3 ? { text, label, weight, labelKind } : null;
}

export function toRequirement(item: RawItem, kind: Requirement["kind"]): Requirement {
  return {
    id: requirementId(kind, item.text),
    text: item.text,
    kind,
    label: item.label,
    weight: item.weight,
  };
}

/** An item that says it is a wish even inside a list of eisen: "is een pré", "is a plus". */
export function saysNice(text: string): boolean {
  return has(text, STRONG);
}

/** Wording that marks a wish inside a mixed list: the above, and "bij voorkeur", "preferably". */
export function soundsNice(text: string): boolean {
  return has(text, STRONG) || has(text, WEAK);
}

/** An item that asks something of the candidate (experience, a diploma, "kennis van", "you have"). */
export function readsLikeDemand(text: string): boolean {
  return has(text, DEMAND) && !has(text, OFFER);
}

const MAX_LEGEND = 120;

/** The kind a word or two of a legend or an icon's label names: "eis", "wens", "vereist", "pluspunt". */
export function kindOfWord(text: string): Requirement["kind"] | null {
  return text.length <= 30 ? (KIND_CELLS[normalize(text)] ?? null) : null;
}

/**
 * A legend line such as "(K) = knock-out, (W) = wens" or "● vereist · ○ pluspunt", not an item:
 * a "=" near the start, or nothing but kind words between symbols.
 */
export function isLegend(text: string): boolean {
  const t = text.trim();
  if (t.length > MAX_LEGEND) return false;
  const eq = t.indexOf("=");
  if (eq > 0 && eq <= 6) return true;
  const words = normalize(t).split(" ").filter(Boolean);
  return words.length >= 2 && words.length <= 6 && words.every((w) => !!KIND_CELLS[w]);
}

/**
 * The symbols a legend gives a kind: "● = eis, ○ = wens" or "★ vereist ☆ pluspunt" gives ● must,
 * ○ nice; an item that starts with one of them has that kind. Null when the line is no such legend.
 */
export function legendSymbols(text: string): Map<string, Requirement["kind"]> | null {
  const t = text.trim();
  if (t.length > MAX_LEGEND) return null;
  const tokens = t.split(/\s+/);
  const out = new Map<string, Requirement["kind"]>();
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k] as string;
    const symbol = [...token][0] ?? "";
    if (!symbol || /[\p{L}\p{N}(=:,;·|]/u.test(symbol)) continue;
    // "●", "● =", "●=", "●:" then the kind word(s)
    let rest = token.slice(symbol.length).replace(/^[=:]/, "");
    let next = k + 1;
    if (!rest && (tokens[next] === "=" || tokens[next] === ":")) next++;
    if (!rest) rest = tokens[next] ?? "";
    const kind = kindOfWord(rest.replace(/[,;·|]+$/, ""));
    if (kind) out.set(symbol, kind);
  }
  return out.size ? out : null;
}
