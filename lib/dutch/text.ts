// The one text normaliser: the primitives every part builds its normal form on. Each part keeps
// the form its comparisons need, as a small named function on top of these:
//  - `normalize` (labels, headings, requirement ids): a–z and 0–9 only, punctuation as spaces;
//  - `normaliseWords` (lib/listings, the same assignment at several brokers): letters and
//    digits of any script, so "Zürich", "Øresund" or a Greek client keep their letters;
//  - lib/match/text.ts keeps punctuation ("en/of", "hbo-/wo-niveau", "'s") for its patterns.

/** The combining accents of Latin letters, as decomposition leaves them: U+0300 to U+036F. */
const LATIN_ACCENTS = /[\u0300-\u036f]/g;

/**
 * Accents off and nothing else (canonical decomposition, NFD): "één" → "een", "Curaçao" →
 * "Curacao"; ligatures, superscripts and full-width letters stay as written.
 */
export function foldAccents(text: string): string {
  return text.normalize("NFD").replace(LATIN_ACCENTS, "");
}

/**
 * Accents off and compatibility forms to their plain letters (NFKD): "één" → "een", "ﬁ" → "fi",
 * "²" → "2", full-width "Ａ" → "A". For text compared letter by letter (a PDF turned into HTML
 * writes "proﬁel").
 */
export function foldCompatible(text: string): string {
  return text.normalize("NFKD").replace(LATIN_ACCENTS, "");
}

/** Lower case, accents removed, punctuation to single spaces: for comparing labels and headings. */
export function normalize(text: string): string {
  return foldCompatible(text.toLowerCase())
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/**
 * `normalize` for any script: letters and digits of every alphabet stay ("ø", "ß", "Ω"), every
 * combining mark goes (not only the Latin accents: Hindi "हिंदी" stays one word).
 */
export function normaliseWords(text: string): string {
  return foldCompatible(text)
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Collapse runs of whitespace (non-breaking spaces included) to one space. */
export function squash(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, " ").trim();
}

/** The page text a value came from, trimmed to at most `max` characters for provenance. */
export function clip(text: string, max = 200): string {
  const flat = squash(text);
  return flat.length <= max ? flat : flat.slice(0, max - 1).trimEnd() + "…";
}
