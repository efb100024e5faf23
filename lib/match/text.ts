// Text helpers shared by the rules: one normal form for requirement and profile words.
import { foldAccents } from "../dutch/text";
import { dutchNumber } from "../dutch/numbers";
import { GENERIC_SUFFIXES } from "./vocabulary";

/** A Latin letter that may carry an accent (À to ɏ). */
const LATIN_ACCENTED = /[\u00c0-\u024f]/;

/**
 * The matcher's normal form keeps punctuation, unlike lib/dutch/text.ts `normalize`: its rules
 * read "proces- en projectmanagement" (expandSharedTails), "'s-Hertogenbosch" and "en/of" by their
 * hyphens, quotes and slashes. Lower case, accents and curly
 * quotes gone, "en/of" read as "of", spaces collapsed.
 */
export function normalize(text: string): string {
  // Decomposing is slow and most requirement text has no accented letter: only then fold.
  const plain = LATIN_ACCENTED.test(text) ? foldAccents(text) : text;
  // White space runs to one space, but a lone space is left alone (\s\s+|[^\S ]): a text with
  // nothing to collapse is then not copied.
  return plain
    .toLowerCase()
    .replace(/[\u2018\u2019\u201c\u201d]/g, "'")
    .replace(/[\u2013\u2014]/g, "-")
    .replace(/\ben\/of\b/g, "of")
    .replace(/\s\s+|[^\S ]/g, " ")
    .trim();
}

/** "proces- en projectmanagement" → "procesmanagement en projectmanagement". */
const SHARED_TAIL = /\b([a-z]+)- (en|of) ([a-z]+?)(management|begeleiding|leiding|ontwikkeling|beleid|domein)\b/g;
export function expandSharedTails(text: string): string {
  // Most texts have no "- " (a part every match has): then the regex need not run, nor compile.
  if (!text.includes("- ")) return text;
  return text.replace(
    SHARED_TAIL,
    (_m, a: string, conj: string, b: string, tail: string) => `${a}${tail} ${conj} ${b}${tail}`,
  );
}

/**
 * A light stem so plurals meet singulars: "heisessies" → "heisessie", "opgaves" → "opgave".
 * Remembered per word: the same few hundred words come back in every listing, and one lookup
 * costs less than the half-dozen string calls, most of all before the code is optimised.
 */
export const stem = memo(function stem(word: string): string {
  let w = word.endsWith("'s") ? word.slice(0, -2) : word;
  for (const suffix of GENERIC_SUFFIXES)
    if (w.length > suffix.length + 3 && w.endsWith(suffix)) w = w.slice(0, -suffix.length);
  if (w.length > 5 && w.endsWith("en")) return w.slice(0, -2);
  if (w.length > 4 && w.endsWith("s") && !w.endsWith("ss")) return w.slice(0, -1);
  return w;
}, 2000);

const SENTENCE_END = /[.;!?](?:\s+|$)/g;

/**
 * The text cut after each ".", ";", "!" or "?" that white space or the end follows, that mark
 * and the white space dropped: what `text.split(/[.;!?](?:\s+|$)/)` gives, found by exec
 * instead (a regex split is a slow call into the engine's runtime, for every requirement).
 */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    out.push(text.slice(from, m.index));
    from = m.index + m[0].length;
  }
  out.push(text.slice(from));
  return out;
}

/** "3", "drie", "15" → number; anything else → null. */
export function numberValue(token: string): number | null {
  if (isDigits(token)) return Number(token);
  return dutchNumber(token);
}

/** `/^\d+$/.test(text)` without a regex: asked of every word of every claim. */
function isDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * The plain letters every match of a regex source starts with ("change ?management" → "change",
 * "verander(?:opgave|traject)" → "verander"); "" when there is no such start (an alternation
 * at the top: "a|b"). A text without them cannot match.
 */
export function leadingLiteral(source: string): string {
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) return "";
    else if (c === "[") while (i < source.length && source[i] !== "]") i += source[i] === "\\" ? 2 : 1;
  }
  let end = 0;
  while (end < source.length && /[a-z0-9 ]/.test(source[end]!)) end++;
  // A quantifier after the last letter makes that letter optional.
  const next = source[end];
  return next === "?" || next === "*" || next === "{" ? source.slice(0, Math.max(0, end - 1)) : source.slice(0, end);
}

/** A regex alternation of sources, longest first so "rijksoverheid" wins over "overheid". */
export function alternation(sources: string[]): string {
  return [...sources].sort((a, b) => b.length - a.length).join("|");
}

/** Remembers a function of a profile string (titles, sectors, skills): few, and asked for often. */
export function memo<T>(fn: (key: string) => T, limit = 500): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      if (cache.size >= limit) cache.clear();
      value = fn(key);
      cache.set(key, value);
    }
    return value;
  };
}
