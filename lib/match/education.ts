// Education: "afgeronde hbo-opleiding", "minimaal wo-master", "academisch werk- en denkniveau".
// wo meets hbo meets mbo; a master meets a bachelor; an unfinished degree does not count.
// "Werk- en denkniveau" is met by the degree and otherwise unknown, never unmet: the level of
// thinking can be shown by work, which the profile does not record.
import type { Education, Profile } from "../model/profile";
import { finding, neverUnmet, type Finding } from "./verdict";
import { FILLERS } from "./vocabulary";

const LEVELS: Array<[RegExp, number, string]> = [
  [/\bmbo\b|middelbaar beroepsonderwijs/, 1, "mbo"],
  [/\bhbo\b|hoger beroepsonderwijs/, 2, "hbo"],
  [/\bwo\b|universit|academisch|wetenschappelijk onderwijs/, 3, "wo"],
];
const RANK: Record<Education["level"], number> = { mbo: 1, hbo: 2, wo: 3 };
const EDUCATION_WORD = /\b(?:mbo|hbo|wo|universit\w*|academisch\w*|bachelor\w*|master\w*|denkniveau)\b/;
const CONTEXT = /opleiding|diploma|niveau|afgerond|bachelor|master|denkniveau|gediplomeerd|studie|universit|academisch/;
const EDU_WORDS =
  /^(?:mbo|hbo|wo|universit\w*|academisch\w*|wetenschappelijk|onderwijs|hoger|beroepsonderwijs|bachelor\w*|master\w*|msc|bsc|afgeronde?|opleidingen|werk|denkniveau|richting|gerelateerde?|aanverwante?|vergelijkbare?|minimaal|of|en|\d+)$/;

export interface EducationAsk {
  level: number | null;
  degree: 1 | 2 | null;
  /** "mbo niveau 4": the profile does not record mbo sub-levels. */
  mboSub: boolean;
  thinking: boolean;
  /** Field named ("bestuurskunde") or only asked for ("relevante"). */
  field: string[];
  relevance: boolean;
  label: string;
}

export function isEducationPart(text: string): boolean {
  return EDUCATION_WORD.test(text) && (CONTEXT.test(text) || !/ervaring/.test(text));
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

function fieldFinding(met: Education[], ask: EducationAsk): Finding {
  const fits = met.find((e) => ask.field.some((w) => (e.field ?? "").toLowerCase().includes(w)));
  if (fits) return finding("met", "match_edu_met", describe(fits));
  return finding("unknown", "match_edu_field", describe(met[0]!));
}

export function educationFinding(profile: Profile, ask: EducationAsk): Finding {
  if (profile.education.length === 0) return finding("unknown", "match_edu_none");
  const done = profile.education.filter((e) => e.completed);
  const verdicts = done.map((e) => entryVerdict(e, ask));
  const met = done.filter((_, i) => verdicts[i] === "met");
  let result: Finding;
  if (met.length > 0)
    result =
      ask.field.length > 0 || ask.relevance
        ? fieldFinding(met, ask)
        : finding("met", "match_edu_met", describe(met[0]!));
  else if (verdicts.includes("unknown"))
    result = finding("unknown", "match_edu_unknown", ask.label, describe(done[verdicts.indexOf("unknown")]!));
  else {
    const unfinished = profile.education.find((e) => !e.completed && entryVerdict(e, ask) !== "unmet");
    const highest = [...done].sort((a, b) => RANK[b.level] - RANK[a.level])[0];
    result = unfinished
      ? finding("unmet", "match_edu_unfinished", ask.label, describe(unfinished))
      : finding("unmet", "match_edu_unmet", ask.label, highest ? describe(highest) : "-");
  }
  return ask.thinking ? neverUnmet(result, "match_edu_thinking", ask.label) : result;
}
