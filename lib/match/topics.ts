// Topics (skills, methods, activities, certificates): met when the profile names them, unknown
// otherwise. A profile's silence on a skill never makes a requirement unmet; an expired
// certificate does, where the requirement asks to hold one.
import type { Certificate, Profile, Role } from "../model/profile";
import { roleQuote, rolesFinding, titleMatches } from "./roles";
import type { ParsedPart, Topic } from "./parse-part";
import { leadingLiteral, memo, normalize, stem } from "./text";
import { allOf, anyOf, finding, quote, quoted, type Finding } from "./verdict";
import { ACTIVITIES, FILLERS, SKILL_SYNONYMS } from "./vocabulary";

const ACTIVITY_BY_STEM = new Map(Object.entries(ACTIVITIES).map(([word, role]) => [stem(word), role]));
const SYNONYMS = SKILL_SYNONYMS.map(([from, to]) => ({
  re: new RegExp(`(?<![a-z0-9])(?:${from})(?![a-z0-9])`, "g"),
  to,
  lead: leadingLiteral(from),
}));

/** Rewrites synonym phrases to one form: "change management" → "verandermanagement". */
export function canonicalSkills(text: string): string {
  let out = text;
  // Most texts hold none of the phrases: a look for each one's first letters is cheaper than its regex.
  for (const { re, to, lead } of SYNONYMS) if (out.includes(lead)) out = out.replace(re, to);
  return out;
}

/**
 * A profile skill as the set of its content words ("Prince2 Foundation" → prince2, foundation),
 * with neighbouring words also written as one ("contract management" → contractmanagement) so a
 * compound in the requirement meets them.
 */
export const skillWords = memo((skill: string): Set<string> => {
  const words = (canonicalSkills(normalize(skill)).match(/[a-z0-9']+/g) ?? []).filter((w) => !FILLERS.has(w));
  const out = new Set(words.map(stem));
  for (let i = 0; i + 1 < words.length; i++) out.add(stem(words[i]! + words[i + 1]!));
  return out;
});

// The loops below run for every topic × profile item and are indexed: before the code is
// optimised, for…of makes an iterator and a result object on every step.

/** Every topic word in the set, or the topic's words written together as one of them. */
function holds(have: Set<string>, topic: Topic): boolean {
  if (topic.joined !== null && have.has(topic.joined)) return true;
  const words = topic.words;
  for (let i = 0; i < words.length; i++) if (!have.has(words[i]!)) return false;
  return true;
}

/**
 * A single word that qualifies rather than names ("kleine", "hoger", "verbindend", "kunt"): not a
 * topic to quote back ("Je profiel zegt niets over kleine" reads as nonsense).
 */
const QUALIFYING_WORDS = new Set(
  "klein kleine groot grote hoger lager nieuw nieuwe kunt kan moet wil zult interim project".split(" "),
);
const QUALIFYING_ENDS = ["ig", "lijk", "ief", "isch", "end", "baar", "waardig", "ant", "ent"];
function isQualifyingWord(word: string): boolean {
  if (QUALIFYING_WORDS.has(word)) return true;
  const base = word.endsWith("e") ? word.slice(0, -1) : word;
  for (let i = 0; i < QUALIFYING_ENDS.length; i++) {
    const end = QUALIFYING_ENDS[i]!;
    if (base.length > end.length && base.endsWith(end)) return true;
  }
  return false;
}

/** The requirement asks to hold the certificate (not only to know its method). */
const ASKS_CERTIFICATE = /geldig|bezit|certific|gecertificeerd|registratie|geregistreerd|diploma/;

export interface TopicContext {
  nowYear: number;
  /** YYYY-MM-DD, for certificates' valid-until dates; null when not known. */
  today: string | null;
  claim: string;
}

function certificateFinding(cert: Certificate, ctx: TopicContext): Finding {
  if (!cert.validUntil) return quoted(finding("met", "match_cert_met", cert.name), quote("match_ev_cert", cert.name));
  const until = { day: cert.validUntil };
  const evidence = quote("match_ev_cert_until", cert.name, until);
  if (ctx.today === null) return quoted(finding("unknown", "match_cert_date_unknown", cert.name, until), evidence);
  if (cert.validUntil >= ctx.today) return quoted(finding("met", "match_cert_valid", cert.name, until), evidence);
  if (!ASKS_CERTIFICATE.test(ctx.claim))
    return quoted(finding("met", "match_cert_expired_known", cert.name, until), evidence);
  return quoted(finding("unmet", "match_cert_expired", cert.name, until), evidence);
}

function askedRole(role: Role, part: ParsedPart): boolean {
  if (part.roles.length === 0) return true;
  for (let i = 0; i < part.roles.length; i++) if (titleMatches(role.title, part.roles[i]!)) return true;
  return false;
}

/** Roles whose title carries the topic ("omgevingsrecht" in "jurist omgevingsrecht"); only the roles asked for, if any. */
function titleFinding(words: Topic, profile: Profile, part: ParsedPart): Finding | null {
  let role: Role | undefined;
  for (let i = 0; i < profile.roles.length; i++) {
    const r = profile.roles[i]!;
    if (holds(skillWords(r.title), words) && askedRole(r, part)) {
      role = r;
      break;
    }
  }
  if (!role) return null;
  return quoted(finding("met", "match_skill_in_role", role.title, role.years), roleQuote(role, false));
}

const skillQuote = memo((skill: string) => quote("match_ev_skill", skill));

function topicFinding(topic: Topic, profile: Profile, part: ParsedPart, ctx: TopicContext): Finding {
  const label = topic.label;
  const words = topic;
  const activity = topic.words.length === 1 ? ACTIVITY_BY_STEM.get(topic.words[0]!) : undefined;
  if (activity) {
    const viaRole = rolesFinding(
      profile.roles,
      { ...part, roles: [{ name: activity, known: true, senior: false }], sectors: [] },
      { nowYear: ctx.nowYear },
    );
    // Work done under another title may still count: a missing role leaves it open.
    return viaRole.verdict === "unmet" ? finding("unknown", "match_skill_unknown", label) : viaRole;
  }
  const certificates = profile.certificates ?? [];
  for (let i = 0; i < certificates.length; i++)
    if (holds(skillWords(certificates[i]!.name), words)) return certificateFinding(certificates[i]!, ctx);
  let skill: string | undefined;
  for (let i = 0; i < profile.skills.length; i++)
    if (holds(skillWords(profile.skills[i]!), words)) {
      skill = profile.skills[i]!;
      break;
    }
  if (!skill)
    return (
      titleFinding(words, profile, part) ??
      (topic.words.length === 1 && isQualifyingWord(label)
        ? finding("unknown", "match_not_understood")
        : finding("unknown", "match_skill_unknown", label))
    );
  // Years and recency belong to the topic only when no role carries them ("2 jaar met Scrum").
  if (part.roles.length === 0 && (part.years !== null || part.window !== null))
    return quoted(finding("unknown", "match_skill_years", skill), skillQuote(skill));
  return quoted(finding("met", "match_skill_met", skill), skillQuote(skill));
}

export function topicsFinding(profile: Profile, part: ParsedPart, ctx: TopicContext): Finding | null {
  if (part.topics.length === 0) return null;
  // Pushed, not mapped: arrays of one kind in every tier (see parse-part.ts).
  const groups: Finding[] = [];
  for (let i = 0; i < part.topics.length; i++) {
    const alternatives = part.topics[i]!;
    const found: Finding[] = [];
    for (let j = 0; j < alternatives.length; j++) found.push(topicFinding(alternatives[j]!, profile, part, ctx));
    groups.push(anyOf(found));
  }
  return allOf(groups);
}
