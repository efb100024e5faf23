// Small text helpers shared by the extractor: normalising for comparison, clipping for provenance.

/** Lower case, accents removed, punctuation to single spaces: for comparing labels and headings. */
export function normalize(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
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
