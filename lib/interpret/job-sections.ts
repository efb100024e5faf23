// The sections a reader recognises a job or assignment by, in any of our languages: what the
// work is, who is sought, what is offered, and the terms (hours, contract, employment type).
// A page with several of them under its own headings describes one job, whatever its markup;
// a blog or a home page rarely has more than one. Detection weighs them (detect.ts).
import type { Block } from "../model/page-reading";
import { classifyLeadIn } from "../dutch/lead-ins";
import { headingRank } from "./requirements";
import { normalize } from "../dutch/text";

type JobSection = "work" | "candidate" | "offer" | "terms";

// Normalised phrases (lib/dutch/text normalize), matched at the start of a heading-like line.
// prettier-ignore
const SECTIONS: Record<Exclude<JobSection, "candidate">, string[]> = {
  work: [
    "wat ga je doen", "wat ga jij doen", "wat je gaat doen", "jouw taken", "taken", "werkzaamheden",
    "de opdracht", "over de opdracht", "opdrachtomschrijving", "functieomschrijving", "de functie", "over de functie",
    "over de rol", "de rol", "jouw rol", "je rol", "what you ll do", "what you will do", "what you ll be doing",
    "responsibilities", "key responsibilities", "your responsibilities", "the role", "about the role", "your role",
    "job description", "role description", "deine aufgaben", "ihre aufgaben", "aufgaben", "ihr aufgabengebiet",
    "was dich erwartet", "wat kun je verwachten", "what to expect",
  ],
  offer: [
    "wat bieden wij", "wat bieden we", "wij bieden", "we bieden", "wat wij jou bieden", "wat wij bieden",
    "wat we bieden", "ons aanbod", "arbeidsvoorwaarden", "wat krijg je", "wat krijg je ervoor", "dit krijg je",
    "wat mag je verwachten", "what we offer", "we offer", "what s in it for you", "benefits", "perks",
    "wir bieten", "das bieten wir", "unser angebot", "was wir bieten", "deine vorteile", "ihre vorteile",
  ],
  terms: [
    "employment type", "seniority level", "job function", "job type", "contract type", "dienstverband",
    "soort dienstverband", "type dienstverband", "contractvorm", "uren per week", "aantal uren", "werkuren",
    "salaris", "salary", "salary range", "compensation", "uurtarief", "tarief", "standplaats", "werklocatie",
    "beschaftigungsart", "anstellungsart", "arbeitszeit",
  ],
};

const MAX_LINE = 60;

function startsWithPhrase(words: string, phrases: string[]): boolean {
  return phrases.some((p) => words === p || words.startsWith(`${p} `));
}

/** The section a heading-like line opens, or null. */
export function jobSectionOf(text: string): JobSection | null {
  if (text.length > MAX_LINE) return null;
  const words = normalize(text);
  if (!words) return null;
  for (const [kind, phrases] of Object.entries(SECTIONS) as [JobSection, string[]][])
    if (startsWithPhrase(words, phrases)) return kind;
  const lead = classifyLeadIn(text);
  return lead === "must" || lead === "nice" || lead === "mixed" ? "candidate" : null;
}

/** How many different job sections the page's own headings (and label lines) open. */
export function jobSectionKinds(blocks: Block[]): number {
  const kinds = new Set<JobSection>();
  for (const block of blocks) {
    if (block.chrome) continue;
    const line = block.text.split("\n")[0] ?? "";
    const headingLike = headingRank(block) > 0 || block.cell?.header || block.tag === "dt" || /[:?]\s*$/.test(line);
    if (!headingLike) continue;
    const kind = jobSectionOf(line.replace(/[:?]\s*$/, ""));
    if (kind) kinds.add(kind);
    if (kinds.size === 4) break;
  }
  return kinds.size;
}
