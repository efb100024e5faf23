// Education: "afgeronde hbo-opleiding", "minimaal wo-master", "academisch werk- en denkniveau".
// wo meets hbo meets mbo; a master meets a bachelor; an unfinished degree does not count.
// "Werk- en denkniveau" is met by the degree and otherwise unknown, never unmet: the level of
// thinking can be shown by work, which the profile does not record.
import type { Education, Profile } from "../model/profile";
import { finding, neverUnmet, quote, quoted, type Finding, type Quote } from "./verdict";
import { FILLERS } from "./vocabulary";
import { stem } from "./text";

const LEVELS: Array<[RegExp, number, string]> = [
  [/\bmbo\b|middelbaar beroepsonderwijs/, 1, "mbo"],
  [/\bhbo\b|hoger beroepsonderwijs/, 2, "hbo"],
  [/\bwo\b|universit|academisch|wetenschappelijk onderwijs/, 3, "wo"],
];
const RANK: Record<Education["level"], number> = { mbo: 1, hbo: 2, wo: 3 };
const EDUCATION_WORD = /\b(?:mbo|hbo|wo|universit\w*|academisch\w*|bachelor\w*|master\w*|denkniveau)\b/;
/** An education named by its field only ("je studeert bestuurskunde", "een lopende opleiding X"). */
const FIELD_ONLY = /\b(?:opleiding|studeert|studie|studerend)\b/;
const IN_PROGRESS = /\blopende?\b|\bvolgt\b|\bvolgde\b|\bstudeert\b|\bstuderend\b|\bbezig met\b|\bin opleiding\b/;
const ALMOST = /\bbijna\b|\bnagenoeg\b/;
const CONTEXT = /opleiding|diploma|niveau|afgerond|bachelor|master|denkniveau|gediplomeerd|studie|universit|academisch/;
const EDU_WORDS =
  /^(?:mbo|hbo|wo|universit\w*|academisch\w*|wetenschappelijk|onderwijs|hoger|beroepsonderwijs|bachelor\w*|master\w*|msc|bsc|afgeronde?|opleidingen|werk|denkniveau|richting|gerelateerde?|aanverwante?|vergelijkbare?|minimaal|of|en|lopende?|volgt|volgde|studeert|studie|studerend|bezig|bijna|nagenoeg|deze|dezelfde|\d+)$/;

export interface EducationAsk {
  level: number | null;
  degree: 1 | 2 | null;
  /** "mbo niveau 4": the profile does not record mbo sub-levels. */
  mboSub: boolean;
  thinking: boolean;
  /** Field named ("bestuurskunde") or only asked for ("relevante"). */
  field: string[];
  relevance: boolean;
  /** "lopende", "je volgt": an unfinished degree counts. */
  inProgress: boolean;
  /** "(bijna) afgerond": an unfinished degree may count. */
  almost: boolean;
  /** Named by its field only: never unmet, as a course may be meant. */
  fieldOnly: boolean;
  label: string;
}

export function isEducationPart(text: string): boolean {
  if (/ervaring/.test(text)) return EDUCATION_WORD.test(text) && CONTEXT.test(text);
  return EDUCATION_WORD.test(text) || FIELD_ONLY.test(text);
}

export function parseEducation(text: string): EducationAsk {
  const levels = LEVELS.filter(([re]) => re.test(text));
  const level = levels[0] ?? null;
  const degree = /master/.test(text) ? 2 : /bachelor/.test(text) ? 1 : null;
  const words = text.match(/[a-z0-9]+/g) ?? [];
  const label = [level?.[2], degree === 2 ? "master" : degree === 1 ? "bachelor" : null].filter(Boolean).join("-");
  return {
    level: level?.[1] ?? null,
    degree,
    mboSub: level?.[1] === 1 && /\b[34]\b/.test(text),
    thinking: /denkniveau|werk- en denk/.test(text),
    field: words.filter((w) => !FILLERS.has(w) && !EDU_WORDS.test(w) && w.length > 2),
    relevance: /relevant|richting|gerelateerd|aanverwant|vergelijkbar/.test(text),
    inProgress: IN_PROGRESS.test(text),
    almost: ALMOST.test(text),
    fieldOnly: !EDUCATION_WORD.test(text),
    label: label || "opleiding",
  };
}

function entryVerdict(entry: Education, ask: EducationAsk): Finding["verdict"] {
  const rank = RANK[entry.level];
  if (ask.level === null) {
    if (ask.degree === 2)
      return entry.degree === "master" ? "met" : entry.level === "wo" && entry.degree === null ? "unknown" : "unmet";
    return rank >= 2 ? "met" : "unmet";
  }
  if (rank < ask.level) return "unmet";
  if (rank > ask.level) return ask.degree === 2 && entry.degree !== "master" ? "unknown" : "met";
  if (ask.mboSub) return "unknown";
  if (ask.degree === 2) return entry.degree === "master" ? "met" : entry.degree === null ? "unknown" : "unmet";
  return "met";
}

const describe = (e: Education) => [e.level, e.degree, e.field].filter(Boolean).join(" ");
const educationQuote = (e: Education): Quote =>
  quote(e.completed ? "match_ev_edu_done" : "match_ev_edu_unfinished", describe(e));

/** Field words as stems, adjectives too: "rechten" → recht, "juridische" → juridisch. */
const fieldStem = (w: string) => {
  const s = stem(w);
  return s.length > 5 && s.endsWith("e") ? s.slice(0, -1) : s;
};

function fieldFits(e: Education, ask: EducationAsk): boolean {
  const have =
    (e.field ?? "")
      .toLowerCase()
      .match(/[a-z0-9]+/g)
      ?.map(fieldStem) ?? [];
  return ask.field.some((w) => {
    const want = fieldStem(w);
    return have.some((h) => h === want || (want.length >= 5 && h.startsWith(want)));
  });
}

function fieldFinding(met: Education[], ask: EducationAsk): Finding {
  const fits = met.find((e) => fieldFits(e, ask));
  if (fits)
    return quoted(
      finding("met", fits.completed ? "match_edu_met" : "match_edu_in_progress", describe(fits)),
      educationQuote(fits),
    );
  return quoted(finding("unknown", "match_edu_field", describe(met[0]!)), educationQuote(met[0]!));
}

/** An education asked by its field only: met when an entry of that field counts, never unmet. */
function fieldOnlyFinding(profile: Profile, ask: EducationAsk): Finding {
  const counted = profile.education.filter((e) => e.completed || ask.inProgress);
  const fits = counted.find((e) => fieldFits(e, ask));
  if (fits)
    return quoted(
      finding("met", fits.completed ? "match_edu_met" : "match_edu_in_progress", describe(fits)),
      educationQuote(fits),
    );
  return finding("unknown", "match_edu_field_unknown", ask.field.join(" "));
}

export function educationFinding(profile: Profile, ask: EducationAsk): Finding {
  if (profile.education.length === 0) return finding("unknown", "match_edu_none");
  if (ask.fieldOnly)
    return ask.field.length > 0 ? fieldOnlyFinding(profile, ask) : finding("unknown", "match_not_understood");
  const done = profile.education.filter((e) => e.completed || ask.inProgress);
  const verdicts = done.map((e) => entryVerdict(e, ask));
  const met = done.filter((_, i) => verdicts[i] === "met");
  let result: Finding;
  const unfinished = profile.education.find(
    (e) => !e.completed && entryVerdict(e, ask) !== "unmet" && (ask.field.length === 0 || fieldFits(e, ask)),
  );
  if (met.length > 0) {
    result =
      ask.field.length > 0 || ask.relevance
        ? fieldFinding(met, ask)
        : quoted(finding("met", "match_edu_met", describe(met[0]!)), educationQuote(met[0]!));
    // The field asked is only in an unfinished degree: that one decides ("afgeronde hbo informatica").
    if (result.verdict === "unknown" && ask.field.length > 0 && unfinished && !ask.inProgress)
      result = ask.almost
        ? quoted(finding("unknown", "match_edu_almost", describe(unfinished)), educationQuote(unfinished))
        : quoted(finding("unmet", "match_edu_unfinished", ask.label, describe(unfinished)), educationQuote(unfinished));
  } else if (verdicts.includes("unknown")) {
    const which = done[verdicts.indexOf("unknown")]!;
    result = quoted(finding("unknown", "match_edu_unknown", ask.label, describe(which)), educationQuote(which));
  } else {
    const highest = [...done].sort((a, b) => RANK[b.level] - RANK[a.level])[0];
    if (unfinished)
      result = ask.almost
        ? quoted(finding("unknown", "match_edu_almost", describe(unfinished)), educationQuote(unfinished))
        : quoted(finding("unmet", "match_edu_unfinished", ask.label, describe(unfinished)), educationQuote(unfinished));
    else
      result = highest
        ? quoted(finding("unmet", "match_edu_unmet", ask.label, describe(highest)), educationQuote(highest))
        : finding("unmet", "match_edu_unmet", ask.label, "-");
  }
  return ask.thinking ? neverUnmet(result, "match_edu_thinking", ask.label) : result;
}
