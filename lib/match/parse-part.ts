// Reads one claim of a requirement ("minimaal 3 jaar ervaring als projectleider binnen een
// gemeente") into its pieces: years, time window, roles, sectors and the topics left over.
import { findSectors } from "./sectors";
import { ROLE_TERMS } from "./roles";
import { blank, connector, findTerms, type Span } from "./terms";
import { memo, numberValue, stem } from "./text";
import { DUTCH_NUMBER_WORDS } from "../dutch/numbers";
import { FILLERS } from "./vocabulary";

const NUM = `(\\d+|${Object.keys(DUTCH_NUMBER_WORDS).join("|")})`;
const WINDOW = new RegExp(
  `\\b(?:in |uit )?(?:de |het )?(?:afgelopen|laatste|voorgaande) ${NUM} (jaar|jaren|maanden)\\b`,
);
const YEARS = new RegExp(
  `(?:(minimaal|ten minste|tenminste|minstens|min\\.|meer dan|ruim|>)\\s*)?${NUM}\\s*\\+?\\s*(?:jaar|jaren)\\b`,
);
/** Words WINDOW and YEARS cannot match without: most claims lack them, and a look is cheaper. */
const WINDOW_WORDS = ["afgelopen", "laatste", "voorgaande"];
const YEARS_WORDS = ["jaar", "jaren"];
const VAGUE = /\b(?:ruime|ruim|veel|uitgebreide|jarenlange|brede)\b/;
const UNKNOWN_ROLE = /\bals (senior )?([a-z][a-z-]{2,}(?: [a-z][a-z-]+){0,2})/;
/** A word that names a person at work: "adviseur", "analist", "engineer", "verpleegkundige". */
const PERSON_NOUN =
  /(?:[^e]er|eur|ist|ant|ent|aar|or|ier|coach|lead|owner|officer|professional|architect|specialist|kundige|lid|hoofd|trainer|docent|jurist|leider|manager|beheerder|medewerker|makers?)$/;
const ROLE_STOP = new Set([
  "bij",
  "binnen",
  "in",
  "op",
  "met",
  "voor",
  "van",
  "en",
  "of",
  "die",
  "dat",
  "de",
  "het",
  "een",
]);

/** The words after "als" up to the last that names a person ("business analist bij" → "business analist"). */
function unknownRoleName(text: string): { name: string; senior: boolean } | null {
  const m = text.includes("als ") ? UNKNOWN_ROLE.exec(text) : null;
  if (!m) return null;
  const words: string[] = [];
  for (const w of m[2]!.split(" ")) {
    if (ROLE_STOP.has(w) || FILLERS.has(w)) break;
    words.push(w);
  }
  for (let n = words.length; n > 0; n--)
    if (PERSON_NOUN.test(words[n - 1]!)) return { name: words.slice(0, n).join(" "), senior: Boolean(m[1]) };
  return null;
}

export interface RoleRef {
  /** A vocabulary role name, or the word after "als" when the vocabulary does not know it. */
  name: string;
  known: boolean;
  senior: boolean;
}

export interface ParsedPart {
  years: number | null;
  vague: boolean;
  /** "in de afgelopen N jaar", in years. */
  window: number | null;
  roles: RoleRef[];
  rolesJoin: "or" | "and";
  sectors: string[];
  sectorsJoin: "or" | "and";
  /** Topics: all groups must hold, one alternative per group is enough. */
  topics: Topic[][];
}

/** A topic as written (quoted in reasons) and as compared: its words' stems, and all of them as one word. */
export interface Topic {
  label: string;
  words: string[];
  joined: string | null;
}

// What parsePart returns is built with push, not map or filter: an optimised map makes arrays
// of another kind than the unoptimised one, and the finding code, optimised on the first kind
// while the reading code was still cold, was thrown away and compiled again when they met.

function toTopic(written: string[]): Topic {
  const words: string[] = [];
  for (let i = 0; i < written.length; i++) words.push(stem(written[i]!));
  if (written.length === 1) return { label: written[0]!, words, joined: null };
  return { label: written.join(" "), words, joined: written.length > 1 ? stem(written.join("")) : null };
}

function cut(text: string, re: RegExp, words: string[]): { rest: string; match: RegExpExecArray | null } {
  const match = holdsAny(text, words) ? re.exec(text) : null;
  return { rest: match ? text.slice(0, match.index) + " | " + text.slice(match.index + match[0].length) : text, match };
}

function holdsAny(text: string, words: string[]): boolean {
  for (let i = 0; i < words.length; i++) if (text.includes(words[i]!)) return true;
  return false;
}

function roleRefs(text: string, spans: Span[]): RoleRef[] {
  const refs: RoleRef[] = [];
  for (let i = 0; i < spans.length; i++)
    refs.push({ name: spans[i]!.id, known: true, senior: /senior\s?-?$/.test(spans[i]!.before) });
  const other = refs.length === 0 ? unknownRoleName(text) : null;
  if (other) refs.push({ name: other.name, known: false, senior: other.senior });
  return refs;
}

/**
 * Topic groups from what is left once roles, sectors and figures are taken out. A list takes
 * its last joining word: "Scrum, Kanban of SAFe" is a choice, "Agile, Scrum en Prince2" all three.
 */
export function topicGroups(rest: string): string[][][] {
  const r: TopicReading = { groups: [], list: [], item: [], choice: false };
  let pendingOr = false;
  const tokens = rest.match(TOPIC_TOKEN) ?? [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    // "Wet open overheid (Woo)": a name and its abbreviation, either one is enough.
    if (token === "(" && tokens[i + 2] === ")" && /^[a-z0-9]{2,8}$/.test(tokens[i + 1]!)) {
      const abbreviation = [tokens[i + 1]!];
      if (r.item.length > 1) {
        const name = r.item;
        r.item = [];
        flush(r);
        r.groups.push([name, abbreviation]);
        i += 2;
        continue;
      }
      // The name's last word was a sector, taken out: the name is the group just read.
      const last = r.groups[r.groups.length - 1];
      if (r.item.length === 0 && r.list.length === 0 && last?.length === 1 && last[0]!.length > 1) {
        last.push(abbreviation);
        i += 2;
        continue;
      }
    }
    if (token === "of" || token === "/") {
      closeItem(r);
      r.choice = pendingOr = true;
    } else if (token === ",") closeItem(r);
    else if (token === "en") {
      if (r.choice) flush(r);
      else closeItem(r);
    } else if (isTokenLetter(token.charCodeAt(0)) && !FILLERS.has(token) && numberValue(token) === null) {
      // Kept as written: the reason quotes it ("Je profiel zegt niets over inrichten"); compared by stem.
      r.item.push(token);
      pendingOr = false;
    } else if (!(pendingOr && r.item.length === 0)) flush(r);
  }
  flush(r);
  return r.groups;
}

/** A claim's words and marks, in one pass of the engine (a loop in JavaScript is slow until optimised). */
const TOPIC_TOKEN = /[a-z0-9']+|[,;|/():]/g;

/** a-z, 0-9 and the apostrophe ("'s"): what a word token is made of, and starts with. */
function isTokenLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39;
}

// topicGroups' state, and its steps as plain functions rather than closures made on every call.
interface TopicReading {
  groups: string[][][];
  /** The items of the list being read, */
  list: string[][];
  /** and the words of its current item. */
  item: string[];
  /** The list offers a choice ("of", "/"). */
  choice: boolean;
}

// An empty item or list is kept rather than replaced: most tokens close nothing, and a new
// array for each was most of what reading topics allocated.
function closeItem(r: TopicReading): void {
  if (r.item.length === 0) return;
  r.list.push(r.item);
  r.item = [];
}

function flush(r: TopicReading): void {
  closeItem(r);
  if (r.list.length > 0) {
    if (r.choice) r.groups.push(r.list);
    else for (let i = 0; i < r.list.length; i++) r.groups.push([r.list[i]!]);
    r.list = [];
  }
  r.choice = false;
}

/** An unknown role's name as a whole-word pattern, compiled once per name. */
const wordPattern = memo((name: string) => new RegExp(`\\b${name}\\b`));

export function parsePart(text: string): ParsedPart {
  const window = cut(text, WINDOW, WINDOW_WORDS);
  const years = cut(window.rest, YEARS, YEARS_WORDS);
  const roleSpans = findTerms(years.rest, ROLE_TERMS);
  const allSectors = findSectors(years.rest);
  const sectorSpans =
    roleSpans.length === 0 || allSectors.length === 0
      ? allSectors
      : allSectors.filter((s) => !roleSpans.some((r) => s.start < r.end && r.start < s.end));
  const windowN = window.match ? numberValue(window.match[1]!) : null;
  const yearsN = years.match ? numberValue(years.match[2]!) : null;
  const roles = roleRefs(years.rest, roleSpans);
  const blanked =
    sectorSpans.length === 0 ? blank(years.rest, roleSpans) : blank(years.rest, [...roleSpans, ...sectorSpans]);
  const rest = blanked.includes("senior") ? blanked.replace(/\bsenior\b/g, " ") : blanked;
  return {
    window: windowN === null ? null : window.match![2] === "maanden" ? Math.max(1, Math.ceil(windowN / 12)) : windowN,
    years: yearsN === null ? null : years.match![1] === "meer dan" || years.match![1] === ">" ? yearsN + 0.5 : yearsN,
    vague: yearsN === null && VAGUE.test(text),
    roles,
    rolesJoin: connector(years.rest, roleSpans),
    sectors: sectorIds(sectorSpans),
    sectorsJoin: connector(years.rest, sectorSpans),
    topics: toTopics(
      topicGroups(roles.some((r) => !r.known) ? rest.replace(wordPattern(roles[0]!.name), " | ") : rest),
    ),
  };
}

/** The sectors the spans name, each once, in order. */
function sectorIds(spans: Span[]): string[] {
  const ids: string[] = [];
  for (let i = 0; i < spans.length; i++) if (!ids.includes(spans[i]!.id)) ids.push(spans[i]!.id);
  return ids;
}

function toTopics(groups: string[][][]): Topic[][] {
  const topics: Topic[][] = [];
  for (let i = 0; i < groups.length; i++) {
    const alternatives: Topic[] = [];
    for (let j = 0; j < groups[i]!.length; j++) alternatives.push(toTopic(groups[i]![j]!));
    topics.push(alternatives);
  }
  return topics;
}
