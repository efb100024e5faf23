// One requirement item: its own label ("E1", "W3", "KO2"), weight ("30 punten", "20%") and text.
import type { Requirement } from "../model/listing";
import { requirementId } from "../model/requirement-id";
import { normalize, squash } from "./text";

export interface RawItem {
  text: string;
  label: string | null;
  weight: string | null;
  /** Kind the page says by the label itself (E = eis, W = wens), if any. */
  labelKind: Requirement["kind"] | null;
}

// "E1 Minimaal ...", "W2: Ervaring ...", "KO3 - ..."; not "G4 of G40 gemeenten".
const LABEL = /^\s*(KO|K\.O\.|[EWK])-?(\d{1,2}[a-z]?)(?:\s*[.:)\-–—]\s*|\s+)(?=[\p{Lu}(\d"'‘“])/u;
const NUMBERING = /^\s*(?:\d{1,2}[.)]|[-–—•*·▪►✓✔])\s*/;
const WEIGHT_IN_PARENS =
  /\(\s*((?:weging|gewicht|weight)?\s*:?\s*\d+(?:[.,]\d+)?\s*(?:%|punten|punt|pnt|pts|points))\s*\)/i;
const WEIGHT_AT_END = /\s*[-–—|]\s*((?:weging|gewicht)?\s*:?\s*\d+(?:[.,]\d+)?\s*(?:%|punten|punt|pnt))\s*$/i;

function kindOfLabel(letter: string): Requirement["kind"] {
  return letter === "W" ? "nice" : "must";
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

/** Wording that marks a wish inside a mixed list: "bij voorkeur", "is een pré", "strekt tot aanbeveling". */
export function soundsNice(text: string): boolean {
  return /\b(bij voorkeur|is een pre|pre is|strekt tot aanbeveling|wenselijk|is een plus|nice to have|preferably|is a plus)\b/.test(
    normalize(text),
  );
}
