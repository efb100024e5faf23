// What a response must hand in, read from the listing's requirements: a plan van aanpak and its
// page limit ("max. 5 pagina's", "maximaal 2 A4"), references or comparable assignments and how
// many, a motivation, a VOG, copies of diplomas, availability. A cv and a rate go with every
// response a broker takes: they are always on the list, marked as asked where the text asks.
// Every pattern is bounded (no nested or open-ended repeats): listing text is page text.
import type { Requirement } from "../model/listing";
import { normalize, numberValue } from "../match/text";

export const checklistKinds = [
  "cv",
  "plan",
  "references",
  "motivation",
  "rate",
  "availability",
  "vog",
  "diplomas",
] as const;
export type ChecklistKind = (typeof checklistKinds)[number];

export interface ChecklistItem {
  id: ChecklistKind;
  /** The listing asks for it in so many words (else: part of every response). */
  asked: boolean;
  /** A page limit the listing sets ("max. 2 A4"). */
  pages: { count: number; unit: "a4" | "pages" } | null;
  /** How many the listing asks for ("twee concrete opdrachten"). */
  count: number | null;
  /** The requirements that ask for it, by id. */
  from: string[];
}

const ALWAYS: ReadonlySet<ChecklistKind> = new Set(["cv", "rate"]);

const ASKS: Record<ChecklistKind, RegExp> = {
  cv: /\bcv'?s?\b|curriculum vitae|levensloop/,
  plan: /plan van aanpak|\baanpak\b|visiedocument|\bvisie op\b/,
  references:
    /referentie|\breferent(?:en)?\b|(?:concrete|vergelijkbare|relevante) opdrachten|opdrachten uit de afgelopen/,
  motivation: /motivatie|motiveer|\bmotivation\b/,
  rate: /tarief|uurprijs|\bprijs\b/,
  availability: /beschikba|inzetbaar/,
  vog: /\bvog\b|verklaring omtrent (?:het )?gedrag/,
  diplomas:
    /(?:kopie|bijvoeg|meestur|aanlever|bijlage|overleggen)[^.;]{0,40}(?:diploma|certifica)|(?:diploma|certifica)[^.;]{0,40}(?:kopie|bijvoeg|meestur|aanlever|bijlage|overleggen)/,
};

const NUMBER = "(\\d{1,2}|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien)";
const PAGE_LIMIT = new RegExp(`\\bmax(?:imaal|imum|\\.)? ?${NUMBER} ?(?:x ?)?(a4|pagina|kantje|blz|zijde|page)`);
const HOW_MANY = new RegExp(
  `\\b${NUMBER} (?:(?:concrete|relevante|vergelijkbare|recente) ){0,2}(?:referentie|referent|opdracht|project)`,
);

function pageLimit(text: string): ChecklistItem["pages"] {
  const found = PAGE_LIMIT.exec(text);
  const count = found ? numberValue(found[1]!) : null;
  if (!found || count === null || count < 1) return null;
  return { count, unit: found[2] === "a4" ? "a4" : "pages" };
}

function howMany(text: string): number | null {
  const found = HOW_MANY.exec(text);
  const count = found ? numberValue(found[1]!) : null;
  return count !== null && count >= 1 ? count : null;
}

/** The checklist of a listing, in a fixed order (cv first, rate in the middle, extras after). */
export function responseChecklist(requirements: ReadonlyArray<Pick<Requirement, "id" | "text">>): ChecklistItem[] {
  const normal = requirements.map((r) => ({ id: r.id, text: normalize(r.text) }));
  const items: ChecklistItem[] = [];
  for (const id of checklistKinds) {
    const from = normal.filter((r) => ASKS[id].test(r.text));
    if (from.length === 0 && !ALWAYS.has(id)) continue;
    let pages: ChecklistItem["pages"] = null;
    let count: number | null = null;
    for (const r of from) {
      if (id === "plan") pages ??= pageLimit(r.text);
      if (id === "references") count ??= howMany(r.text);
    }
    items.push({ id, asked: from.length > 0, pages, count, from: from.map((r) => r.id) });
  }
  return items;
}
