// Is this page worth reading? The content script's first stage runs this on every page of the
// sites it serves (a LinkedIn feed, an Indeed search, a broker's news page), so it is small and
// cheap: the address, structured job data, the title and a few labels. It only lets a page
// through to the reader; the worker's judgement (lib/interpret/listing-judgement.ts) decides what
// the page is. Recall matters more than precision here: a page let through costs a reading, a
// listing stopped here is lost.
import { foldCompatible, normalize } from "../dutch/text";
import { siteListingOf } from "../sites";

const LISTING_PATH =
  /\/(?:opdracht|opdrachten|vacature|vacatures|vacancy|vacancies|job|jobs|jobboard|assignment|assignments|functie|functies|freelance-opdrachten?|interim-opdrachten?|aanvraag|aanvragen|tender|tenders|career|careers|werken-bij|baan|banen|posting|postings|viewjob)(?:\/|[-_]|$)/i;
const NON_LISTING_PATH =
  /\/(?:blog|blogs|nieuws|news|artikel|artikelen|article|articles|kennisbank|magazine|wiki|tag|tags|category|categorie|zoeken|search|over-ons|about|contact|faq)(?:\/|$)/i;
const LISTING_WORDS = /\b(?:vacature|vacancy|opdracht|interim|freelance|job|assignment|inhuur|uitvraag|stelle)\b/i;

/**
 * The labels and headings only job pages carry (normalised, at the start of the line), in Dutch,
 * English and German, by what they are about. One requirement heading, or labels of two different
 * kinds, let the page through. A deliberately short list: lib/dutch holds the full vocabularies,
 * which the reader and the worker use. Written as phrases ("{a,b}" is either, "=" the whole line)
 * and looked up by their first word, not as regular expressions: a page's first use of a pattern
 * compiles it, and these cost about 1 ms on every page the first stage sees.
 */
// prettier-ignore
const LABEL_KINDS: Array<[kind: string, phrases: string[]]> = [
  ["requirements", [
    "{,functie,functie ,knock out,knock out ,knockout,knockout ,harde,harde ,minimum,minimum ,minimale,minimale ,aanvullende,aanvullende ,selectie,selectie }{eisen,wensen,criteria}",
    "requirements", "qualifications", "preferred qualifications", "education requirements", "must have", "must haves",
    "nice to have", "nice to haves", "wat {vragen,verwachten,zoeken} {wij,we}", "wie {zoeken,ben} {wij,we,jij,je}",
    "wat breng {je,jij} mee", "dit neem je mee", "jouw profiel", "je profiel", "profiel", "over jou", "pluspunten",
    "extra pluspunten", "een pre is", "competenties", "you have", "what you bring", "who you are", "your profile",
    "you may be a good fit", "strong candidates", "dein {profil,skillset}", "ihr profil", "was du mitbringst",
  ]],
  ["deadline", [
    "sluitingsdatum", "deadline", "reageren {,kan }{voor,tot,uiterlijk,t m}", "reactietermijn",
    "uiterste {reactie,inschrijf}datum", "closing date", "apply by", "bewerbungsfrist",
  ]],
  ["rate", ["uurtarief", "tarief", "max{,imum,imaal} {,uur}tarief", "salaris", "salary", "compensation", "rate", "vergoeding", "gehalt"]],
  ["terms", [
    "uren per week", "aantal uren", "uur per week", "werkuren", "hours per week", "dienstverband", "contractvorm",
    "arbeitszeit", "employment type", "seniority level", "job function", "job type",
  ]],
  ["period", [
    "startdatum", "start datum", "ingangsdatum", "aanvang", "begindatum", "start date", "looptijd", "einddatum", "duur",
    "duration", "eintrittsdatum",
  ]],
  ["work", [
    "wat ga {je,jij} doen", "wat kun je verwachten", "over de {opdracht,functie,rol}", "de functie", "jouw werk",
    "functieomschrijving", "opdrachtomschrijving", "werkzaamheden", "jouw taken", "responsibilities", "about the role",
    "the role", "the position", "what you ll {do,work on}", "job description", "deine aufgaben", "ihre aufgaben",
  ]],
  ["offer", [
    "wat bieden {wij,we}", "{wij,we} bieden", "dit bieden {wij,we}", "wat {wij,we} {,jou }bieden", "arbeidsvoorwaarden",
    "ons aanbod", "aanbod", "what we offer", "what s in it for you", "benefits", "wir bieten",
  ]],
  ["apply", [
    "solliciteer", "solliciteren", "reageer", "reageren", "apply for this", "apply now",
    "vragen over deze {opdracht,vacature,functie}",
  ]],
  ["similar", [
    "={vergelijkbare,soortgelijke,andere,recente} {opdrachten,vacatures,jobs}", "={related,similar} {jobs,vacancies}",
  ]],
];

/** "a {b,c}" → ["a b", "a c"]; groups nest by repetition, not inside each other. */
function expand(phrase: string): string[] {
  const open = phrase.indexOf("{");
  if (open < 0) return [phrase];
  const close = phrase.indexOf("}", open);
  const [head, tail] = [phrase.slice(0, open), phrase.slice(close + 1)];
  return phrase
    .slice(open + 1, close)
    .split(",")
    .flatMap((choice) => expand(head + choice + tail));
}

interface LabelPhrase {
  kind: string;
  phrase: string;
  /** The phrase must be the whole line, not only its start. */
  whole: boolean;
}

/** The phrases by their first word. */
const PHRASES_BY_FIRST_WORD = new Map<string, LabelPhrase[]>();
for (const [kind, written] of LABEL_KINDS)
  for (const entry of written)
    for (const expanded of expand(entry.replace(/^=/, ""))) {
      const first = expanded.split(" ", 1)[0]!;
      const list = PHRASES_BY_FIRST_WORD.get(first) ?? [];
      list.push({ kind, phrase: expanded, whole: entry.startsWith("=") });
      PHRASES_BY_FIRST_WORD.set(first, list);
    }

/**
 * The kinds of label a normalised line starts with (a phrase, then the line's end or a space):
 * "reageren voor 12 mei" is a deadline and a call to apply.
 */
export function labelKinds(line: string): string[] {
  const space = line.indexOf(" ");
  const candidates = PHRASES_BY_FIRST_WORD.get(space < 0 ? line : line.slice(0, space));
  const kinds: string[] = [];
  for (const { kind, phrase, whole } of candidates ?? []) {
    const starts = line === phrase || (!whole && line[phrase.length] === " " && line.startsWith(phrase));
    if (starts && !kinds.includes(kind)) kinds.push(kind);
  }
  return kinds;
}

const LABELS = "h1,h2,h3,h4,h5,h6,dt,th,strong,b,label";
const MAX_LABELS = 400;
const MAX_LABEL_LENGTH = 50;

export function hasListingPath(url: URL): boolean {
  return LISTING_PATH.test(url.pathname) && url.pathname.replace(/\/+$/, "").split("/").length >= 3;
}

export function hasNonListingPath(url: URL): boolean {
  return url.pathname.replace(/\/+$/, "") === "" || NON_LISTING_PATH.test(url.pathname);
}

function hasJobData(doc: Document): boolean {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    if ((script.textContent ?? "").includes("JobPosting")) return true;
  }
  return !!doc.querySelector('[itemtype*="JobPosting"]');
}

/**
 * The short labels of the page, each normalised (see `normalize`) on a line of its own: one
 * string, so each kind's pattern runs once over it rather than once per label.
 */
function labelLines(doc: Document): string {
  const texts: string[] = [];
  const labels = doc.querySelectorAll(LABELS);
  for (let i = 0; i < labels.length && i < MAX_LABELS; i++) {
    const text = labels[i]!.textContent ?? "";
    if (text.length <= MAX_LABEL_LENGTH) texts.push(text);
  }
  // "|" joins the labels: the folding keeps it, and everything else not a-z0-9 becomes a space. A
  // "|" inside a label ("Eisen | Wensen") splits it in two, which reads the same.
  return foldCompatible(texts.join("|").toLowerCase())
    .replace(/[^a-z0-9|]+/g, " ")
    .replace(/ ?\| ?/g, "\n")
    .trim();
}

function hasListingLabels(doc: Document): boolean {
  const seen = new Set<string>();
  for (const line of labelLines(doc).split("\n"))
    for (const kind of labelKinds(line)) {
      if (kind === "requirements") return true;
      seen.add(kind);
      if (seen.size >= 2) return true;
    }
  return false;
}

/** Cheap: a known listing address, structured job data, a listing-like address or title, or listing labels. */
export function isProbablyListing(doc: Document, url: URL): boolean {
  if (siteListingOf(url)) return true;
  if (hasJobData(doc)) return true;
  if (hasListingPath(url) && !hasNonListingPath(url)) return true;
  if (LISTING_WORDS.test(doc.querySelector("title")?.textContent ?? "")) return true;
  return hasListingLabels(doc);
}

/** Where a rule the user taught found its label: the label's text (normalised) and its tag. */
export interface TaughtLabel {
  label: string;
  labelTag: string;
}

const MAX_TAUGHT_LOOKS = 2000;

/**
 * On a host the user taught rules on: does one of the rules' labels stand on this page (an
 * element of its tag, or a usual label tag, whose text starts with it)? Then the page is let through, whatever the
 * cheap cues above say. Bounded: at most MAX_TAUGHT_LOOKS elements, the first 200 characters of each.
 */
export function hasTaughtLabel(doc: Document, taught: readonly TaughtLabel[]): boolean {
  let looked = 0;
  for (const { label, labelTag } of taught) {
    if (!/^[a-z][a-z0-9-]*$/.test(labelTag)) continue;
    // The rule's own tag first; the usual label tags too, as the rule itself does not require it.
    for (const element of Array.from(doc.querySelectorAll(`${labelTag},${LABELS}`))) {
      if (++looked > MAX_TAUGHT_LOOKS) return false;
      if (normalize((element.textContent ?? "").slice(0, 200)).startsWith(label)) return true;
    }
  }
  return false;
}
