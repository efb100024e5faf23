// The id of a requirement within its listing: its kind plus a hash of its words. Overrides and
// in-page marks are keyed by it, so it must stay the same when a page is read again.

/**
 * Lower case, accents removed, punctuation to single spaces. The same as `normalize` in
 * lib/dutch/text.ts, kept as a frozen copy on purpose: the user's overrides are stored under
 * these ids, so a change to the shared normaliser must not move them (and lib/model imports
 * nothing else from lib/). tests/unit/dutch/text.test.ts checks that the two still agree.
 */
function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** A short, stable hash (FNV-1a, base 36). */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

export function requirementId(kind: "must" | "nice", text: string): string {
  return `${kind}-${shortHash(fold(text))}`;
}
