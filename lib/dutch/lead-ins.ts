// What a lead-in asks: eisen (must), wensen (nice), both (mixed), something else that closes a
// requirement list (stop: the offer, the tasks, traits, the procedure), or nothing we know (null,
// where the items themselves decide). The words are data in ./requirement-words; matching is
// word by word on normalised text, so hostile page text cannot make it backtrack.
import { normalize } from "./text";
import { FILLERS, MUST_LEADS, NICE_ITEM_STRONG, NICE_LEADS, STOP_LEADS } from "./requirement-words";

export type SectionKind = "must" | "nice" | "mixed";
export type LeadKind = SectionKind | "stop";

interface Phrase {
  words: string[];
  kind: "must" | "nice" | "stop";
  anywhere: boolean;
  atEnd: boolean;
  weak: boolean;
}

function compile(list: string[], kind: Phrase["kind"]): Phrase[] {
  return list.map((raw) => {
    let text = raw.trim();
    const weak = text.startsWith("~ ");
    if (weak) text = text.slice(2);
    const anywhere = text.startsWith("* ");
    if (anywhere) text = text.slice(2);
    const atEnd = text.endsWith(" $");
    if (atEnd) text = text.slice(0, -2);
    return { words: text.split(" "), kind, anywhere, atEnd, weak };
  });
}

const PHRASES: Phrase[] = [
  ...compile(MUST_LEADS, "must"),
  ...compile(NICE_LEADS, "nice"),
  ...compile(STOP_LEADS, "stop"),
  // the words by which an item says it is a wish also make a lead-in of wishes anywhere in it:
  // "Het is een pré als je:", "Kennis van X is een troef" (the latter an item: see `inside`)
  ...compile(
    NICE_ITEM_STRONG.map((p) => `* ${p}`),
    "nice",
  ),
];
/** Lead-ins longer than this (normalised) are sentences, not lead-ins. */
const MAX_LEAD = 80;
const MAX_FILLERS = 3;
const CONJUNCTIONS = new Set(["en", "and", "und", "of", "or", "oder", "plus"]);

function matchesAt(words: string[], at: number, phrase: Phrase): boolean {
  if (at + phrase.words.length > words.length) return false;
  if (phrase.atEnd && at + phrase.words.length !== words.length) return false;
  for (let k = 0; k < phrase.words.length; k++) if (words[at + k] !== phrase.words[k]) return false;
  return true;
}

interface Hit {
  kind: Phrase["kind"];
  at: number;
  length: number;
  weak: boolean;
  /** A "*" phrase found after the start: "Het is een pré als je:", not "Pré's". */
  inside: boolean;
}

/** The first phrase in the lead-in: at its start (after fillers), or anywhere for "*" phrases. */
function firstHit(words: string[]): Hit | null {
  let best: Hit | null = null;
  let leading = 0; // positions 0..leading may start a phrase (all words before are fillers)
  while (leading < MAX_FILLERS && leading < words.length && FILLERS.has(words[leading] as string)) leading++;
  for (const phrase of PHRASES) {
    for (let at = 0; at < words.length; at++) {
      if (!phrase.anywhere && at > leading) break;
      if (best && at > best.at) break;
      if (!matchesAt(words, at, phrase)) continue;
      const len = phrase.words.length;
      if (!best || at < best.at || (at === best.at && len > best.length))
        best = { kind: phrase.kind, at, length: len, weak: phrase.weak, inside: at > leading };
      break;
    }
  }
  return best;
}

/** "Eisen en wensen", "Knock-outcriteria en gunningscriteria": the other kind after a conjunction. */
function alsoOther(words: string[], from: number, other: "must" | "nice"): boolean {
  const end = Math.min(words.length, from + 4);
  for (let c = from; c < end; c++) {
    if (!CONJUNCTIONS.has(words[c] as string)) continue;
    for (let at = c + 1; at < Math.min(words.length, c + 3); at++) {
      if (PHRASES.some((p) => p.kind === other && !p.anywhere && matchesAt(words, at, p))) return true;
    }
  }
  return false;
}

export interface LeadReading {
  kind: LeadKind;
  /** Generic words ("What you'll need", "Preferred"): the items must confirm. */
  weak: boolean;
  /** Words after the phrase: "Eisen" has none, "Je hebt een hbo-diploma" has three. */
  tail: number;
  /**
   * The phrase stands inside the text ("Ervaring met X is een pré", "Het is een pré als je:"):
   * a lead-in only as a heading or a line ending in ":", else it is an item that says its kind.
   */
  inside: boolean;
}

/** What a lead-in (heading, bold line, "Vereisten:") asks for; null when its words are unknown. */
export function readLeadIn(text: string): LeadReading | null {
  const h = normalize(text);
  if (!h || h.length > MAX_LEAD) return null;
  const words = h.split(" ");
  const hit = firstHit(words);
  if (!hit) return null;
  const tail = words.length - hit.at - hit.length;
  const inside = hit.inside;
  if (hit.kind === "stop") return { kind: "stop", weak: false, tail, inside };
  const other = hit.kind === "must" ? "nice" : "must";
  if (alsoOther(words, hit.at + hit.length, other)) return { kind: "mixed", weak: false, tail, inside };
  return { kind: hit.kind, weak: hit.weak, tail, inside };
}

export function classifyLeadIn(text: string): LeadKind | null {
  return readLeadIn(text)?.kind ?? null;
}

/** Eisen, wensen or both; null for anything else (detection uses this as a cheap cue). */
export function classifyHeading(text: string): SectionKind | null {
  const kind = classifyLeadIn(text);
  return kind === "stop" ? null : kind;
}

export function isStopHeading(text: string): boolean {
  return classifyLeadIn(text) === "stop";
}
