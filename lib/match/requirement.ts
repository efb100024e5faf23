// One requirement text against a profile: split into claims, each claim read and judged, the
// claims joined (all must hold). Anything not understood is unknown, never met.
import { educationFinding, isEducationPart, parseEducation, type EducationAsk } from "./education";
import { parsePart, type ParsedPart } from "./parse-part";
import type { Profile } from "../model/profile";
import { rolesFinding, sectorOnlyFinding } from "./roles";
import { expandSharedTails, memo, normalize } from "./text";
import { canonicalSkills, topicsFinding } from "./topics";
import { allOf, finding, neverUnmet, type Finding } from "./verdict";
import { CANNOT_TELL, CLAIM_VERBS, NEGATION, NOT_REQUIRED, PREFERENCE_CLAUSE, WEIGHING_NOTE } from "./vocabulary";

const CUES = CANNOT_TELL.map((c) => ({ key: `match_cue_${c.reason}`, re: new RegExp(c.pattern) }));
const NOT_REQUIRED_RE = new RegExp(NOT_REQUIRED);
const NEGATION_RE = new RegExp(NEGATION);
const WEIGHING_RE = new RegExp(WEIGHING_NOTE);
const PREFERENCE_RE = new RegExp(PREFERENCE_CLAUSE, "g");
const ABBREVIATION = /\b(max|min|bijv|ca|incl|excl|evt|nr)\./g;
const SENTENCE_END = /[.;!?](?:\s+|$)/;
const NEW_CLAIM = new RegExp(`,?\\s+en\\s+(?=(?:${CLAIM_VERBS})\\b)|,\\s+(?=(?:${CLAIM_VERBS})\\b)`);
const KNOWLEDGE_ONLY = /\b(?:kennis|inzicht|bekend|affiniteit)\b/;

/** The claims in a requirement, without weighing notes and "bij voorkeur" wishes. */
export function claims(text: string): string[] {
  const sentences: string[] = [];
  for (const s of canonicalSkills(expandSharedTails(text)).replace(ABBREVIATION, "$1").split(SENTENCE_END)) {
    const sentence = s.trim();
    if (sentence) sentences.push(sentence);
  }
  const kept = sentences.filter((s) => !WEIGHING_RE.test(s));
  const found: string[] = [];
  for (const sentence of kept.length > 0 ? kept : sentences)
    for (const piece of sentence.split(NEW_CLAIM)) {
      const claim = piece.replace(PREFERENCE_RE, " ").trim();
      if (/[a-z]/.test(claim)) found.push(claim);
    }
  return found;
}

/** What a claim says, independent of any profile: read once per text and remembered. */
interface ReadClaim {
  cue: string | null;
  education: EducationAsk | null;
  part: ParsedPart | null;
  knowledgeOnly: boolean;
  negated: boolean;
}

function readClaim(claim: string): ReadClaim {
  const education = isEducationPart(claim) ? parseEducation(claim) : null;
  return {
    cue: CUES.find((c) => c.re.test(claim))?.key ?? null,
    education,
    part: education ? null : parsePart(claim),
    knowledgeOnly: KNOWLEDGE_ONLY.test(claim) && !/ervaring|gewerkt|werkzaam/.test(claim),
    negated: NEGATION_RE.test(claim),
  };
}

/** null when the listing says the requirement is not needed. Keyed by the raw text. */
const readRequirement = memo((text: string): ReadClaim[] | null => {
  const normal = normalize(text);
  return NOT_REQUIRED_RE.test(normal) ? null : claims(normal).map(readClaim);
});

function experienceFindings(part: ParsedPart, profile: Profile, nowYear: number): Finding[] {
  const found: Finding[] = [];
  if (part.roles.length > 0) found.push(rolesFinding(profile.roles, part, { nowYear }));
  else if (part.sectors.length > 0) found.push(sectorOnlyFinding(profile.roles, part, { nowYear }));
  const topics = topicsFinding(profile, part, nowYear);
  if (topics) found.push(topics);
  return found;
}

function claimFinding(claim: ReadClaim, profile: Profile, nowYear: number): Finding {
  const judged = claim.education
    ? [educationFinding(profile, claim.education)]
    : experienceFindings(claim.part!, profile, nowYear);
  let result = allOf([...(claim.cue ? [finding("unknown", claim.cue)] : []), ...judged]);
  if (claim.knowledgeOnly) result = neverUnmet(result, "match_knowledge");
  if (claim.negated)
    result = result.verdict === "met" ? finding("unmet", "match_negation_shown") : finding("unknown", "match_negation");
  return result;
}

export function requirementFinding(text: string, profile: Profile, nowYear: number): Finding {
  const read = readRequirement(text);
  if (read === null) return finding("met", "match_not_required");
  return allOf(read.map((c) => claimFinding(c, profile, nowYear)));
}
