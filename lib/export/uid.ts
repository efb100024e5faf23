// A stable, opaque calendar UID per saved listing, so that importing the file again updates
// the event instead of adding a second one.

/** 32-bit FNV-1a, as 8 hex digits. */
function fnv1a(text: string, seed = 0x811c9dc5): string {
  let hash = seed;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

/** Two seeds make accidental collisions between a user's saved listings negligible. */
export function calendarUid(listingId: string): string {
  return `${fnv1a(listingId)}${fnv1a(listingId, 0x01234567)}@opdrachtradar`;
}
