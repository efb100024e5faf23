// Languages asked ("Je beheerst de Nederlandse taal uitstekend in woord en geschrift", "Engels
// op minimaal C1-niveau") against the languages in the profile. A level named (B2, C1) is
// compared; a word for a level ("goed", "vloeiend") is met above it and unknown below it; a
// language the profile does not name is unknown. Read only when every word is understood.
import type { Language, LanguageLevel, Profile } from "../model/profile";
import { allOf, finding, quote, quoted, type Finding } from "./verdict";

const NAMES: Record<string, string> = {
  nederlands: "nederlands",
  nederlandse: "nederlands",
  dutch: "nederlands",
  engels: "engels",
  engelse: "engels",
  english: "engels",
  duits: "duits",
  duitse: "duits",
  german: "duits",
  frans: "frans",
  franse: "frans",
  french: "frans",
  spaans: "spaans",
  spaanse: "spaans",
  spanish: "spaans",
  fries: "fries",
  friese: "fries",
  arabisch: "arabisch",
  arabische: "arabisch",
  turks: "turks",
  turkse: "turks",
  pools: "pools",
  poolse: "pools",
};
export const LANGUAGE_WORDS =
  /\b(?:nederlandse?|engelse?|duitse?|franse?|spaanse?|friese?|fries|arabische?|turkse?|poolse?|pools)\b/;
const RANK: Record<LanguageLevel, number> = { A1: 1, A2: 2, B1: 3, B2: 4, C1: 5, C2: 6, moedertaal: 7 };
const CEFR = /\b([abc][12])\b/;
const UNDERSTOOD = new Set(
  `je jij u beheerst beheersen beheersing spreekt schrijft spreken schrijven de het taal talen in op van
   woord en geschrift mondeling schriftelijk zowel als minimaal niveau of hoger kennis is een pre goede goed
   zeer uitstekend uitstekende vloeiend vloeiende perfect perfecte moedertaal native bent beschikt over
   taalvaardigheid vaardig vaardigheid`
    .split(/\s+/)
    .filter(Boolean),
);

export interface LanguageAsk {
  names: string[];
  /** The rank asked, and whether it was a named level (compared both ways) or a word (only met above). */
  rank: number;
  exact: boolean;
}

export function parseLanguageAsk(claim: string): LanguageAsk | null {
  const words = claim.replace(/-/g, " ").match(/[a-z0-9]+/g) ?? [];
  const names = [...new Set(words.filter((w) => NAMES[w]).map((w) => NAMES[w]!))];
  if (names.length === 0) return null;
  if (!words.every((w) => NAMES[w] || UNDERSTOOD.has(w) || CEFR.test(w))) return null;
  const cefr = CEFR.exec(claim);
  if (cefr) return { names, rank: RANK[cefr[1]!.toUpperCase() as LanguageLevel], exact: true };
  if (/moedertaal|native/.test(claim)) return { names, rank: RANK.moedertaal, exact: false };
  if (/uitstekend|vloeiend|perfect|zeer goed/.test(claim)) return { names, rank: RANK.C1, exact: false };
  if (/\bgoede?\b/.test(claim)) return { names, rank: RANK.B2, exact: false };
  return { names, rank: 0, exact: false };
}

const levelOf = (l: Language) => (l.level ? RANK[l.level] : null);
const shown = (l: Language) =>
  l.level === "moedertaal"
    ? quote("match_ev_language_native", l.name)
    : l.level
      ? quote("match_ev_language_level", l.name, l.level)
      : quote("match_ev_language", l.name);

function oneLanguage(name: string, ask: LanguageAsk, languages: Language[]): Finding {
  const held = languages.find(
    (l) => NAMES[l.name.trim().toLowerCase()] === name || l.name.trim().toLowerCase() === name,
  );
  const label = name[0]!.toUpperCase() + name.slice(1);
  if (!held) return finding("unknown", "match_language_missing", label);
  const have = levelOf(held);
  if (ask.rank === 0) return quoted(finding("met", "match_language_met", held.name), shown(held));
  if (have === null) return quoted(finding("unknown", "match_language_no_level", held.name), shown(held));
  if (have >= ask.rank) return quoted(finding("met", "match_language_met", held.name), shown(held));
  return quoted(
    finding(ask.exact ? "unmet" : "unknown", ask.exact ? "match_language_low" : "match_language_maybe", held.name),
    shown(held),
  );
}

export function languageFinding(ask: LanguageAsk, profile: Profile): Finding {
  const languages = profile.languages ?? [];
  if (languages.length === 0) return finding("unknown", "match_cue_language");
  return allOf(ask.names.map((n) => oneLanguage(n, ask, languages)));
}
