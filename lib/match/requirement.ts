// One requirement text against a profile: split into claims, each claim read and judged, the
// claims joined (all must hold). Anything not understood is unknown, never met.
import { AVAILABILITY_WORDS, availabilityFinding, parseAvailability, type AvailabilityAsk } from "./availability";
import { languageFinding, LANGUAGE_WORDS, parseLanguageAsk, type LanguageAsk } from "./languages";
import { parseRateAsk, rateFinding, type RateAsk } from "./rate-ask";
import { educationFinding, isEducationPart, parseEducation, type EducationAsk } from "./education";
import { parsePart, type ParsedPart } from "./parse-part";
import type { Profile } from "../model/profile";
import { rolesFinding, sectorOnlyFinding } from "./roles";
import { expandSharedTails, memo, normalize, splitSentences } from "./text";
import { canonicalSkills, topicsFinding, type TopicContext } from "./topics";
import { allOf, finding, neverUnmet, type Finding } from "./verdict";
import { CANNOT_TELL, CLAIM_VERBS, NEGATION, NOT_REQUIRED, PREFERENCE_CLAUSE, WEIGHING_NOTE } from "./vocabulary";

const CUES = CANNOT_TELL.map((c) => ({ key: `match_cue_${c.reason}`, re: new RegExp(c.pattern) }));
const NOT_REQUIRED_RE = new RegExp(NOT_REQUIRED);
const NEGATION_RE = new RegExp(NEGATION);
const WEIGHING_RE = new RegExp(WEIGHING_NOTE);
const PREFERENCE_RE = new RegExp(PREFERENCE_CLAUSE, "g");
const ABBREVIATION = /\b(max|min|bijv|ca|incl|excl|evt|nr)\./g;
const NEW_CLAIM = new RegExp(`,?\\s+en\\s+(?=(?:${CLAIM_VERBS})\\b)|,\\s+(?=(?:${CLAIM_VERBS})\\b)`);
const KNOWLEDGE_ONLY = /\b(?:kennis|inzicht|bekend|affiniteit)\b/;

/** The claims in a requirement, without weighing notes and "bij voorkeur" wishes. */
export function claims(text: string): string[] {
  const sentences: string[] = [];
  for (const s of splitSentences(canonicalSkills(expandSharedTails(text)).replace(ABBREVIATION, "$1"))) {
    const sentence = s.trim();
    if (sentence) sentences.push(sentence);
  }
  const kept = sentences.filter((s) => !WEIGHING_RE.test(s));
  const found: string[] = [];
  for (const sentence of kept.length > 0 ? kept : sentences)
    // Tested before split: most sentences hold one claim, and a regex split is a slow call.
    for (const piece of NEW_CLAIM.test(sentence) ? sentence.split(NEW_CLAIM) : [sentence]) {
      const claim = (piece.includes("bij voorkeur") ? piece.replace(PREFERENCE_RE, " ") : piece).trim();
      if (/[a-z]/.test(claim)) found.push(claim);
    }
  return found;
}

/** What a claim says, independent of any profile: read once per text and remembered. */
interface ReadClaim {
  text: string;
  cue: string | null;
  /** Read on their own: a maximum rate, languages; availability needs today's date (read per match). */
  rate: RateAsk | null;
  language: LanguageAsk | null;
  availability: boolean;
  education: EducationAsk | null;
  part: ParsedPart | null;
  knowledgeOnly: boolean;
  negated: boolean;
}

function readClaim(claim: string): ReadClaim {
  const rate = parseRateAsk(claim);
  const language = rate ? null : LANGUAGE_WORDS.test(claim) ? parseLanguageAsk(claim) : null;
  const education = rate || language || !isEducationPart(claim) ? null : parseEducation(claim);
  return {
    text: claim,
    cue: CUES.find((c) => c.re.test(claim))?.key ?? null,
    rate,
    language,
    availability: !rate && !language && AVAILABILITY_WORDS.test(claim),
    education,
    part: education ? null : parsePart(claim),
    knowledgeOnly: KNOWLEDGE_ONLY.test(claim) && !/ervaring|gewerkt|werkzaam/.test(claim),
    negated: NEGATION_RE.test(claim),
  };
}

/** null when the listing says the requirement is not needed. Keyed by the raw text. */
const readRequirement = memo((text: string): ReadClaim[] | null => {
  const normal = normalize(text);
  if (NOT_REQUIRED_RE.test(normal)) return null;
  // Built with push rather than map, as parsePart's arrays are (see there).
  const read: ReadClaim[] = [];
  for (const claim of claims(normal)) read.push(readClaim(claim));
  return read;
});

function experienceFindings(part: ParsedPart, profile: Profile, ctx: TopicContext): Finding[] {
  const found: Finding[] = [];
  const nowYear = ctx.nowYear;
  if (part.roles.length > 0) found.push(rolesFinding(profile.roles, part, { nowYear }));
  else if (part.sectors.length > 0) found.push(sectorOnlyFinding(profile.roles, part, { nowYear }));
  const topics = topicsFinding(profile, part, ctx);
  if (topics) found.push(topics);
  return found;
}

// Availability asks are read per match (a date without a year depends on today), remembered per
// claim and day.
const availabilityAsks = memo((key: string): AvailabilityAsk | null => {
  const cut = key.indexOf("\u0000");
  return parseAvailability(key.slice(cut + 1), key.slice(0, cut) || null);
});

/** A claim the cues call "zelf na te gaan" that its own reading answers from the profile. */
function ownReading(claim: ReadClaim, profile: Profile, today: string | null): Finding | null {
  if (claim.rate) return rateFinding(claim.rate, profile);
  if (claim.language) return languageFinding(claim.language, profile);
  if (claim.availability) {
    const ask = availabilityAsks(`${today ?? ""}\u0000${claim.text}`);
    if (ask) return availabilityFinding(ask, profile, today);
  }
  return null;
}

function claimFinding(claim: ReadClaim, profile: Profile, ctx: TopicContext): Finding {
  const own = ownReading(claim, profile, ctx.today);
  if (own) return own;
  const judged = claim.education
    ? [educationFinding(profile, claim.education)]
    : experienceFindings(claim.part!, profile, { nowYear: ctx.nowYear, today: ctx.today, claim: claim.text });
  // A VOG the profile lists, valid or expired, answers "in het bezit van een geldige VOG".
  const decided = judged.length > 0 && judged.every((f) => f.verdict !== "unknown");
  const cue = claim.cue && !(decided && claim.cue === "match_cue_certificate_document") ? claim.cue : null;
  if (cue) judged.unshift(finding("unknown", cue));
  let result = allOf(judged);
  if (claim.knowledgeOnly) result = neverUnmet(result, "match_knowledge");
  if (claim.negated)
    result = result.verdict === "met" ? finding("unmet", "match_negation_shown") : finding("unknown", "match_negation");
  return result;
}

/**
 * `today` (YYYY-MM-DD) dates "per direct" and certificates' valid-until dates; without it those
 * stay unknown.
 */
export function requirementFinding(
  text: string,
  profile: Profile,
  nowYear: number,
  today: string | null = null,
): Finding {
  const read = readRequirement(text);
  if (read === null) return finding("met", "match_not_required");
  const ctx: TopicContext = { nowYear, today, claim: "" };
  const found: Finding[] = [];
  for (let i = 0; i < read.length; i++) found.push(claimFinding(read[i]!, profile, ctx));
  return allOf(found);
}
