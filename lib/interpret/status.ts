// Open or closed: the page says it is closed ("Deze opdracht is gesloten", "vacature is
// verlopen", "niet meer beschikbaar"), or the deadline has passed at `now`.
import type { Block } from "../read/blocks";
import type { Listing } from "../model/listing";
import { deadlineInstant } from "../model/dutch-time";

const CLOSED_SENTENCE =
  /\b(?:opdracht|vacature|aanvraag|functie|uitvraag|positie|baan|job|position|vacancy|posting)\s+is\s+(?:inmiddels\s+|helaas\s+)?(?:gesloten|verlopen|vervuld|ingevuld|vergeven|niet\s+(?:meer\s+|langer\s+)?(?:actief|beschikbaar|open|online))|\bniet\s+meer\s+beschikbaar\b|\breageren\s+is\s+niet\s+meer\s+mogelijk|\bniet\s+meer\s+(?:mogelijk\s+om\s+te\s+)?reageren\b|\b(?:sluitingsdatum|reactietermijn|deadline)\s+is\s+verstreken|\bno\s+longer\s+(?:available|accepting\s+applications|open)|\b(?:has|have)\s+(?:expired|been\s+filled|closed)\b|\bis\s+closed\s+for\s+applications/i;
// A badge that says only "Gesloten" / "Verlopen" / "Closed".
const CLOSED_BADGE = /^(?:gesloten|verlopen|vervuld|closed|expired|status:?\s*gesloten)$/i;

/** The page text that says the listing is closed, or null. */
export function closedNotice(blocks: Block[]): string | null {
  for (const block of blocks) {
    if (block.chrome || block.text.length > 600) continue;
    if (CLOSED_BADGE.test(block.text.trim()) || CLOSED_SENTENCE.test(block.text)) return block.text;
  }
  return null;
}

export function decideStatus(
  isListing: boolean,
  notice: string | null,
  deadline: string | null,
  now: Date,
): Listing["status"] {
  if (!isListing) return "unknown";
  if (notice) return "closed";
  if (deadline && deadlineInstant(deadline).getTime() < now.getTime()) return "closed";
  return "open";
}
