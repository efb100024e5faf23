// A first substantiation (onderbouwing) of one eis or wens, in the user's language, built from
// what in the profile the requirement is about: the roles it names (years, last year, the
// sectors it asks for), the skills it names, the education it asks for, availability and rate.
// Where the profile says nothing on it (or the requirement asks for what a profile cannot hold,
// such as two comparable assignments) the draft is a neutral start the user completes.
// Facts only: the draft never claims the requirement is met.
import type { Profile, Role } from "../model/profile";
import type { Requirement } from "../model/listing";
import { formatDay, formatHourSpan, formatMoney, formatNumber, formatYear } from "../format/facts";
import { t, type Lang } from "../i18n/t";
import { findSectors, profileSectorIds, sectorVerdict } from "../match/sectors";
import { normalize } from "../match/text";
import { joinWords } from "./words";

export interface DraftText {
  text: string;
  /** False: a neutral start with gaps (…) the user fills; true: built from the profile. */
  fromProfile: boolean;
}

const EDUCATION_ASKED =
  /opleiding|diploma|\b(?:mbo|hbo|wo|bachelor|master|msc|bsc)\b|academisch|denkniveau|afgestudeerd/;
const AVAILABILITY_ASKED = /beschikba|per direct|startdatum|\bstart\b|uur per week|uren per week|inzetbaar/;
const RATE_ASKED = /tarief|uurprijs|\bprijs\b/;
/** At most this many roles in one draft: a substantiation names the experience that counts most. */
const MAX_ROLES = 2;

/** Words of a title that name it alone: "senior projectleider" is found by "projectleider". */
function titleFound(title: string, text: string): boolean {
  const normal = normalize(title);
  if (normal.length < 3) return false;
  if (containsWord(text, normal)) return true;
  const head = normal.split(" ").pop() ?? "";
  return head.length >= 6 && containsWord(text, head);
}

/** `word` in `text` at word starts: "procesbegeleider" in "procesbegeleiders", not "mobielprocesbegeleider". */
function containsWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (at === 0 || !/[a-z0-9]/.test(text[at - 1]!)) return true;
  }
  return false;
}

/** The sectors of a role that bear on the sectors the requirement names (all of them when it names none). */
function relevantSectors(role: Role, asked: string[]): string[] {
  if (asked.length === 0) return role.sectors;
  return role.sectors.filter((typed) =>
    profileSectorIds(typed).some((id) => asked.some((want) => sectorVerdict(want, [id]) !== "unmet")),
  );
}

/** "gemeenten", "de rijksoverheid": a sector as a sentence names it; as typed when we have no words for it. */
function sectorWords(typed: string, lang: Lang): string {
  const id = profileSectorIds(typed)[0] ?? typed;
  const key = `response_sector_${id.replace(/[^a-z0-9]+/g, "_")}`;
  const words = t(lang, key);
  return words === key ? typed.trim() : words;
}

function roleSentence(role: Role, sectors: string[], lang: Lang): string {
  let text = t(lang, "response_draft_role", formatNumber(role.years, lang), role.title);
  if (role.lastYear !== null) text += t(lang, "response_draft_role_last", formatYear(role.lastYear, lang));
  if (sectors.length > 0)
    text += t(
      lang,
      "response_draft_role_sectors",
      joinWords(
        sectors.map((s) => sectorWords(s, lang)),
        lang,
      ),
    );
  return `${text}.`;
}

function roleSentences(text: string, profile: Profile, lang: Lang): string[] {
  const asked = [...new Set(findSectors(text).map((s) => s.id))];
  const named = profile.roles.filter((r) => titleFound(r.title, text));
  // No role named but sectors asked: the roles that worked there show it.
  const roles =
    named.length > 0
      ? named
      : asked.length > 0
        ? profile.roles.filter((r) => relevantSectors(r, asked).length > 0)
        : [];
  return [...roles]
    .sort((a, b) => b.years - a.years)
    .slice(0, MAX_ROLES)
    .map((r) => roleSentence(r, relevantSectors(r, asked), lang));
}

function skillSentence(text: string, profile: Profile, lang: Lang): string | null {
  const skills = profile.skills.filter((skill) => {
    const normal = normalize(skill);
    return normal.length >= 3 && containsWord(text, normal);
  });
  return skills.length > 0 ? t(lang, "response_draft_skills", joinWords(skills, lang)) : null;
}

function educationSentence(text: string, profile: Profile, lang: Lang): string | null {
  if (!EDUCATION_ASKED.test(text)) return null;
  const done = profile.education.filter((e) => e.completed);
  if (done.length === 0) return null;
  const names = done.map((e) => {
    const level = e.degree ? `${e.level}-${e.degree}` : e.level;
    return e.field ? `${level} ${e.field}` : level;
  });
  return t(lang, done.length === 1 ? "response_draft_education" : "response_draft_educations", joinWords(names, lang));
}

function availabilitySentence(text: string, profile: Profile, lang: Lang): string | null {
  if (!AVAILABILITY_ASKED.test(text)) return null;
  const parts: string[] = [];
  if (profile.availableFrom)
    parts.push(t(lang, "response_draft_available_from", formatDay(profile.availableFrom, lang)));
  if (profile.hoursPerWeek)
    parts.push(t(lang, "response_draft_available_hours", formatHourSpan(profile.hoursPerWeek, lang)));
  return parts.length > 0 ? t(lang, "response_draft_available", parts.join(", ")) : null;
}

function rateSentence(text: string, profile: Profile, lang: Lang): string | null {
  if (!RATE_ASKED.test(text) || !profile.minRate) return null;
  const { amount, per } = profile.minRate;
  return t(lang, "response_draft_rate", formatMoney(amount, "EUR", lang), t(lang, `fact_per_${per}`));
}

/** The drafted substantiation of one requirement. */
export function draftSubstantiation(requirement: Pick<Requirement, "text">, profile: Profile, lang: Lang): DraftText {
  const text = normalize(requirement.text);
  const sentences = [
    ...roleSentences(text, profile, lang),
    skillSentence(text, profile, lang),
    educationSentence(text, profile, lang),
    availabilitySentence(text, profile, lang),
    rateSentence(text, profile, lang),
  ].filter((s): s is string => s !== null);
  if (sentences.length === 0) return { text: t(lang, "response_draft_start"), fromProfile: false };
  return { text: sentences.join(" "), fromProfile: true };
}
