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
 * which the reader and the worker use. Each runs once over all the labels, one per line (see
 * `labelLines`): `^` and `$` (flag m) stand at each label's start and end.
 */
// prettier-ignore
const LABEL_LINE_KINDS: Array<[kind: string, pattern: RegExp]> = [
  ["requirements", /^(?:(?:functie|knock ?out|harde|minimum|minimale|aanvullende|selectie)\s?)?(?:eisen|wensen|criteria)\b|^(?:requirements|qualifications|preferred qualifications|education requirements|must haves?|nice to haves?|wat (?:vragen|verwachten|zoeken) (?:wij|we)|wie (?:zoeken|ben) (?:wij|we|jij|je)|wat breng (?:je|jij) mee|dit neem je mee|jouw profiel|je profiel|profiel|over jou|pluspunten|extra pluspunten|een pre is|functie eisen|competenties|you have|what you bring|who you are|your profile|you may be a good fit|strong candidates|dein (?:profil|skillset)|ihr profil|was du mitbringst)\b/m],
  ["deadline", /^(?:sluitingsdatum|deadline|reageren (?:kan )?(?:voor|tot|uiterlijk|t m)|reactietermijn|uiterste (?:reactie|inschrijf)datum|closing date|apply by|bewerbungsfrist)\b/m],
  ["rate", /^(?:uurtarief|tarief|max(?:imum|imaal)? (?:uur)?tarief|salaris|salary|compensation|rate|vergoeding|gehalt)\b/m],
  ["terms", /^(?:uren per week|aantal uren|uur per week|werkuren|hours per week|dienstverband|contractvorm|arbeitszeit|employment type|seniority level|job function|job type)\b/m],
  ["period", /^(?:startdatum|start datum|ingangsdatum|aanvang|begindatum|start date|looptijd|einddatum|duur|duration|eintrittsdatum)\b/m],
  ["work", /^(?:wat ga (?:je|jij) doen|wat kun je verwachten|over de (?:opdracht|functie|rol)|de functie|jouw werk|functieomschrijving|opdrachtomschrijving|werkzaamheden|jouw taken|responsibilities|about the role|the role|the position|what you ll (?:do|work on)|job description|deine aufgaben|ihre aufgaben)\b/m],
  ["offer", /^(?:wat bieden (?:wij|we)|(?:wij|we) bieden|dit bieden (?:wij|we)|wat (?:wij|we) (?:jou )?bieden|arbeidsvoorwaarden|ons aanbod|aanbod|what we offer|what s in it for you|benefits|wir bieten)\b/m],
  ["apply", /^(?:solliciteer|solliciteren|reageer|reageren|apply for this|apply now|vragen over deze (?:opdracht|vacature|functie))\b/m],
  ["similar", /^(?:vergelijkbare|soortgelijke|andere|recente) (?:opdrachten|vacatures|jobs)$|^(?:related|similar) (?:jobs|vacancies)$/m],
];

const LABEL_TAGS = ["h1", "h2", "h3", "h4", "h5", "h6", "dt", "th", "strong", "b", "label"];
const LABELS = LABEL_TAGS.join(",");
const IS_LABEL_TAG = new Set(LABEL_TAGS);
const MAX_LABELS = 400;
const MAX_LABEL_LENGTH = 50;

export function hasListingPath(url: URL): boolean {
  return LISTING_PATH.test(url.pathname) && url.pathname.replace(/\/+$/, "").split("/").length >= 3;
}

export function hasNonListingPath(url: URL): boolean {
  return url.pathname.replace(/\/+$/, "") === "" || NON_LISTING_PATH.test(url.pathname);
}

/** Structured job data, and the page's labels: found in one walk over the page, which can be big. */
const SCANNED = `script[type="application/ld+json"],[itemtype],${LABELS}`;

interface PageScan {
  hasJobData: boolean;
  /** The short labels of the page, each normalised (see `normalize`) on a line of its own. */
  labelLines: string;
}

function scanPage(doc: Document): PageScan {
  const texts: string[] = [];
  let labels = 0;
  let hasJobData = false;
  const found = doc.querySelectorAll(SCANNED);
  for (let i = 0; i < found.length; i++) {
    const element = found[i]!;
    if (element.localName === "script") {
      hasJobData ||= (element.textContent ?? "").includes("JobPosting");
      continue;
    }
    if (element.getAttribute("itemtype")?.includes("JobPosting")) hasJobData = true;
    // The first MAX_LABELS labels, of which the short ones are read.
    if (labels < MAX_LABELS && IS_LABEL_TAG.has(element.localName)) {
      labels++;
      const text = element.textContent ?? "";
      if (text.length <= MAX_LABEL_LENGTH) texts.push(text);
    }
  }
  return { hasJobData, labelLines: labelLines(texts) };
}

/**
 * The labels, each normalised (see `normalize`) on a line of its own: one string, so each kind's
 * pattern runs once over it rather than once per label.
 */
function labelLines(texts: string[]): string {
  // "|" joins the labels: the folding keeps it, and everything else not a-z0-9 becomes a space. A
  // "|" inside a label ("Eisen | Wensen") splits it in two, which reads the same.
  return foldCompatible(texts.join("|").toLowerCase())
    .replace(/[^a-z0-9|]+/g, " ")
    .replace(/ ?\| ?/g, "\n")
    .trim();
}

function hasListingLabels(lines: string): boolean {
  let kinds = 0;
  for (const [kind, pattern] of LABEL_LINE_KINDS) {
    if (!pattern.test(lines)) continue;
    if (kind === "requirements" || ++kinds >= 2) return true;
  }
  return false;
}

/** Cheap: a known listing address, structured job data, a listing-like address or title, or listing labels. */
export function isProbablyListing(doc: Document, url: URL): boolean {
  if (siteListingOf(url)) return true;
  if (hasListingPath(url) && !hasNonListingPath(url)) return true;
  if (LISTING_WORDS.test(doc.querySelector("title")?.textContent ?? "")) return true;
  const scan = scanPage(doc);
  return scan.hasJobData || hasListingLabels(scan.labelLines);
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
