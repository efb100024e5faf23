// Topics (skills, methods, activities): met when the profile names them, unknown otherwise. A
// profile's silence on a skill never makes a requirement unmet.
import type { Profile } from "../model/profile";
import { rolesFinding } from "./roles";
import type { ParsedPart } from "./parse-part";
import { memo, normalize, stem } from "./text";
import { allOf, anyOf, finding, type Finding } from "./verdict";
import { ACTIVITIES, FILLERS, SKILL_SYNONYMS } from "./vocabulary";

const ACTIVITY_BY_STEM = new Map(Object.entries(ACTIVITIES).map(([word, role]) => [stem(word), role]));
const SYNONYMS = SKILL_SYNONYMS.map(
  ([from, to]) => [new RegExp(`(?<![a-z0-9])(?:${from})(?![a-z0-9])`, "g"), to] as const,
);

/** Rewrites synonym phrases to one form: "change management" → "verandermanagement". */
export function canonicalSkills(text: string): string {
  let out = text;
  for (const [re, to] of SYNONYMS) out = out.replace(re, to);
  return out;
}

/** A profile skill as the set of its content words ("Prince2 Foundation" → prince2, foundation). */
export const skillWords = memo((skill: string): Set<string> => {
  const words = canonicalSkills(normalize(skill)).match(/[a-z0-9']+/g) ?? [];
  return new Set(words.filter((w) => !FILLERS.has(w)).map(stem));
});

function topicFinding(words: string[], profile: Profile, part: ParsedPart, nowYear: number): Finding {
  const label = words.join(" ");
  const activity = words.length === 1 ? ACTIVITY_BY_STEM.get(words[0]!) : undefined;
  if (activity) {
    const viaRole = rolesFinding(
      profile.roles,
      { ...part, roles: [{ name: activity, known: true, senior: false }], sectors: [] },
      { nowYear },
    );
    // Work done under another title may still count: a missing role leaves it open.
    return viaRole.verdict === "unmet" ? finding("unknown", "match_skill_unknown", label) : viaRole;
  }
  const skill = profile.skills.find((s) => {
    const have = skillWords(s);
    return words.every((w) => have.has(w));
  });
  if (!skill) return finding("unknown", "match_skill_unknown", label);
  // Years and recency belong to the topic only when no role carries them ("2 jaar met Scrum").
  if (part.roles.length === 0 && (part.years !== null || part.window !== null))
    return finding("unknown", "match_skill_years", skill);
  return finding("met", "match_skill_met", skill);
}

export function topicsFinding(profile: Profile, part: ParsedPart, nowYear: number): Finding | null {
  if (part.topics.length === 0) return null;
  return allOf(
    part.topics.map((alternatives) => anyOf(alternatives.map((w) => topicFinding(w, profile, part, nowYear)))),
  );
}
