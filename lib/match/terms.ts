// Finding vocabulary terms in a text as non-overlapping spans, longest match first, so that
// "rijksoverheid" is one sector and not also "overheid".
import { alternation, leadingLiteral, memo } from "./text";

export interface TermSet {
  /** One pass over the text: every alias of every term, longest source first. */
  any: RegExp;
  /**
   * Which term a found piece of text belongs to: the first whose aliases match it whole.
   * Remembered per piece, as the same few pieces come back in every listing.
   */
  idOf: (piece: string) => string | undefined;
}

export interface Span {
  id: string;
  start: number;
  end: number;
  /** Text just before the match (the word "senior" in "senior projectleider"). */
  before: string;
}

/** Compiled once at module load by the callers. */
export function termSet(entries: Array<{ id: string; aliases: string[] }>): TermSet {
  const all = entries.flatMap((e) => e.aliases);
  const ids = entries.map((e) => ({
    id: e.id,
    whole: new RegExp(`^(?:${alternation(e.aliases)})$`),
    // The letters its pieces can start with, or null when an alias may start otherwise: a piece
    // starting elsewhere needs no test (and its regex no compiling, some 3 ms on a first listing).
    starts: firstLetters(e.aliases),
  }));
  return {
    any: new RegExp(`(?<![a-z0-9])(?:${alternation(all)})(?![a-z0-9])`, "g"),
    idOf: memo((piece) => ids.find((t) => (t.starts === null || t.starts.has(piece[0]!)) && t.whole.test(piece))?.id),
  };
}

function firstLetters(aliases: string[]): Set<string> | null {
  const letters = new Set<string>();
  for (const alias of aliases) {
    const lead = leadingLiteral(alias);
    if (lead === "") return null;
    letters.add(lead[0]!);
  }
  return letters;
}

export function findTerms(text: string, set: TermSet): Span[] {
  const found: Span[] = [];
  set.any.lastIndex = 0;
  for (let m = set.any.exec(text); m; m = set.any.exec(text)) {
    const piece = m[0];
    const id = set.idOf(piece);
    if (id)
      found.push({
        id,
        start: m.index,
        end: m.index + piece.length,
        before: text.slice(Math.max(0, m.index - 8), m.index),
      });
  }
  return found;
}

/** Blank out spans (keeping positions) so what is left can be read as topics. */
export function blank(text: string, spans: Array<{ start: number; end: number }>, mark = " | "): string {
  if (spans.length === 0) return text;
  let out = text;
  for (const s of [...spans].sort((a, b) => b.start - a.start)) out = out.slice(0, s.start) + mark + out.slice(s.end);
  return out;
}

/** "of" when the text between the first and last span offers a choice, "and" otherwise. */
export function connector(text: string, spans: Span[]): "or" | "and" {
  const first = spans[0];
  const last = spans[spans.length - 1];
  if (!first || !last || first === last) return "and";
  const between = text.slice(first.end, last.start);
  const hasOr = /\bof\b|\//.test(between);
  const hasAnd = /\ben\b/.test(between);
  return hasOr && !hasAnd ? "or" : "and";
}
