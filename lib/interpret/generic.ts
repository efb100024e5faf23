// The generic extractor, for any site: structured data first (JSON-LD, microdata), then meta
// tags, then cues in the visible text. Also the fallback when a site adapter fails.
import type { Block } from "../model/page-reading";
import { fill, type Draft } from "./draft";
import { cleanClient, cleanLocation } from "./fields";
import { fillFromFreeText, fillFromLabels, fillRateFromText, markStatedNone, readLabels } from "./generic-text";
import type { LabelField } from "../dutch/label-words";
import type { LabelledValue } from "./labels";
import { stripSiteName, titleSegments } from "../read/meta";
import {
  clientFromAbout,
  clientFromProse,
  clientFromTitleAt,
  clientFromTitleSuffix,
  employerOfSite,
  expandAcronym,
  isBroker,
  organisationAfterBij,
  townOfMunicipality,
  wholeOrganisation,
} from "./organisation";
import type { Page } from "./page";
import { parseHoursPerWeek } from "./hours";
import { readRequirements } from "./requirements";
import type { Requirement } from "../model/listing";
import type { StructuredJob } from "./structured-job";
import { normalize } from "../dutch/text";

export interface GenericResult {
  draft: Draft;
  requirements: Requirement[];
  /** The page's label/value pairs, for the deadline's choice (deadline.ts). */
  labelled: LabelledValue[];
}

function fillFromJob(draft: Draft, job: StructuredJob, page: Page): void {
  // hiringOrganization is often the broker itself (Hays, HeadFirst): only a non-broker counts
  const client = job.client && !isBroker(job.client, page) ? cleanClient(job.client) : null;
  const hours = job.workHours ? parseHoursPerWeek(job.workHours, { labelled: true }) : null;
  const values = {
    title: job.title ?? undefined,
    client: client ?? undefined,
    location: job.location ? (cleanLocation(job.location) ?? undefined) : undefined,
    published: job.published ?? undefined,
    startDate: job.startDate ?? undefined,
    rate: job.rate ?? undefined,
    hoursPerWeek: hours?.hours,
  };
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined) fill(draft, { [key]: value }, job.tier, `JobPosting ${key}: ${JSON.stringify(value)}`);
  }
}

/**
 * A JavaScript shell shows nothing but its structured data (Netflix: the salary range is only in
 * the JSON-LD description). Hours and rate from the description, where the page gave none.
 */
function fillFromDescription(draft: Draft, job: StructuredJob, seen: Set<LabelField>): void {
  const blocks = job.description;
  if (!blocks.length) return;
  if (!draft.hoursPerWeek && !seen.has("hoursPerWeek")) {
    for (const block of blocks) {
      const hours = block.text.length <= 300 ? parseHoursPerWeek(block.text) : null;
      if (hours) {
        fill(draft, { hoursPerWeek: hours.hours }, job.tier, block.text);
        break;
      }
    }
  }
  fillRateFromText(draft, blocks, seen, job.tier);
}

/** The blocks just under the page title: where sites print the client and the address. */
function underTitle(page: Page): string[] {
  let start = page.blocks.findIndex((b) => b.heading === 1 && !b.chrome);
  // a fragment without an h1 (LinkedIn's guest API) has its title in the first heading
  if (start < 0) start = page.blocks.slice(0, 12).findIndex((b) => b.heading > 0 && b.heading <= 3 && !b.chrome);
  if (start < 0) return [];
  return page.blocks
    .slice(start + 1, start + 7)
    .filter((b) => !b.chrome)
    .map((b) => b.text);
}

/** The page's own headings of level 1, outside navigation and related cards. */
function titleHeadings(page: Page): Block[] {
  return page.blocks.filter((b) => b.heading === 1 && !b.chrome && b.text.length <= 200);
}

/** "Projectleider Wmo – Gemeente Ede" → "Projectleider Wmo" when the part after the dash is the client or a broker. */
function withoutClientSuffix(title: string, client: string | null, page: Page): string {
  const suffix = clientFromTitleSuffix(title);
  if (!suffix) return title;
  const same = (a: string, b: string) => normalize(a) === normalize(b);
  const isClient = client !== null && (same(suffix, client) || same(expandAcronym(suffix, title), client));
  if (!isClient && !isBroker(suffix, page)) return title;
  const at = title.lastIndexOf(suffix);
  const head = title
    .slice(0, at)
    .replace(/[\s–—|·@-]+(?:bij|voor|at|for)?[\s]*$/i, "")
    .trim();
  return head.length >= 3 ? head : title;
}

function fillTitle(draft: Draft, page: Page): void {
  const h1 = titleHeadings(page)[0];
  if (h1) {
    const text = h1.text.replace(/\n/g, " ");
    fill(draft, { title: withoutClientSuffix(text, draft.client?.value ?? null, page) }, "text", h1.text);
  }
  const metaTitle = page.meta.ogTitle ?? page.meta.title;
  if (metaTitle) fill(draft, { title: stripSiteName(metaTitle, page.meta.siteName) }, "meta", metaTitle);
  // A fragment with neither an h1 nor a <title> (LinkedIn's guest API): its first heading
  if (!draft.title) {
    const first = page.blocks.slice(0, 12).find((b) => b.heading > 0 && b.heading <= 3 && !b.chrome);
    if (first && first.text.length <= 200) fill(draft, { title: first.text.replace(/\n/g, " ") }, "text", first.text);
  }
}

/** All the page's text up to a bound, for spelling out acronyms ("RVO" → its full name). */
function bodyText(page: Page): string {
  let out = "";
  for (const b of page.blocks) {
    if (b.chrome) continue;
    out += b.text + "\n";
    if (out.length > 20000) break;
  }
  return out;
}

function fillClient(draft: Draft, page: Page, near: string[]): void {
  const body = bodyText(page);
  const accept = (name: string | null) => {
    if (!name || isBroker(name, page)) return null;
    const full = expandAcronym(name, body);
    return isBroker(full, page) ? null : cleanClient(full);
  };
  const offer = (name: string | null, tier: "text" | "meta", source: string) => {
    if (draft.client) return;
    const client = accept(name);
    if (client) fill(draft, { client }, tier, source);
  };
  for (const text of near.slice(0, 3)) offer(wholeOrganisation(text), "text", text);
  // "Projectleider Wmo – Gemeente Ede", "… – RVO"
  for (const h1 of titleHeadings(page)) offer(clientFromTitleSuffix(h1.text), "text", h1.text);
  const blocks = page.blocks.filter((b) => !b.chrome).slice(0, 80);
  // "Voor onze eindklant, de Gemeente Almere, zoeken wij", "Geplaatst door Hogeschool Utrecht"
  for (const block of blocks) {
    if (draft.client) break;
    if (block.text.length <= 5000) offer(clientFromProse(block.text), "text", block.text);
  }
  // "Over de organisatie" followed by "De Rijksdienst voor Ondernemend Nederland (RVO) werkt aan …"
  blocks.forEach((block, i) => {
    const next = blocks[i + 1];
    if (block.heading || block.bold) {
      if (next && !next.heading) offer(clientFromAbout(block.text, next.text), "text", next.text);
    }
  });
  for (const text of [page.meta.description, page.meta.ogDescription]) {
    if (text) offer(organisationAfterBij(text), "meta", text);
  }
  const title = page.meta.title;
  if (title) {
    offer(clientFromTitleSuffix(title), "meta", title);
    for (const segment of titleSegments(title).slice(1)) offer(wholeOrganisation(segment), "meta", title);
  }
  // "… Graduate at Atos — Amstelveen, North Holland, Netherlands | LinkedIn Jobs"
  for (const text of [title, page.meta.ogTitle]) if (text) offer(clientFromTitleAt(text), "meta", text);
  // On an employer's own careers site the employer is the client (Roblox, Netflix, Anthropic)
  const employer = employerOfSite(page);
  const named = employer ? cleanClient(expandAcronym(employer, body)) : null; // "BZK" → "Ministerie van …"
  if (named && !draft.client) fill(draft, { client: named }, "url", page.url.hostname);
}

// "San Mateo, CA, United States", "San Francisco, CA", "Berlin, Germany": a city, then a state
// code or a country. One way to split the words (no backtracking blow-up).
const PLACE_WORD = String.raw`[\p{Lu}][\p{L}'’.]{0,30}(?:-[\p{L}][\p{L}'’]{0,30}){0,3}`;
const COUNTRY =
  "United States|United Kingdom|USA|U\\.S\\.A?\\.?|UK|Canada|Australia|Ireland|Netherlands|Nederland|The Netherlands|Germany|Deutschland|Belgium|België|Belgique|France|Spain|Italy|Switzerland|Austria|Österreich|Schweiz|Finland|Suomi|Sweden|Denmark|Norway|Poland|Portugal|India|Singapore|Japan|Remote";
const CITY_STATE = new RegExp(
  String.raw`^(${PLACE_WORD}(?:[ \t]+${PLACE_WORD}){0,3}),[ \t]*(?:([A-Z]{2})\b|(${PLACE_WORD}(?:[ \t]+${PLACE_WORD}){0,3})[ \t]*,[ \t]*(?:${COUNTRY})\b|(?:${COUNTRY})\b)`,
  "u",
);

/** The city of a "City, ST, Country" line; a region equal to the city's tail wins ("Deloitte Berlin, Berlin, Germany"). */
export function cityOfPlaceLine(text: string): string | null {
  const m = CITY_STATE.exec(text.slice(0, 120).trim());
  if (!m?.[1]) return null;
  const first = m[1].trim();
  const region = m[3]?.trim();
  if (region && first !== region && first.endsWith(` ${region}`)) return region;
  return first;
}

/** "Dienst Justitiële Inrichtingen · Den Haag": the town after an organisation on one line. */
function townAfterOrganisation(text: string, client: string | null): string | null {
  const parts = text
    .slice(0, 200)
    .split(/\s[·•|]\s/)
    .map((p) => p.trim());
  if (parts.length < 2 || parts.length > 4) return null;
  const [org, place] = parts;
  if (!org || !place) return null;
  const isOrg = wholeOrganisation(org) !== null || (client !== null && normalize(org) === normalize(client));
  if (!isOrg) return null;
  const town = cleanLocation(place);
  return town && town.length <= 40 && !/\d/.test(town) && town.split(/\s+/).length <= 4 ? town : null;
}

function fillLocation(draft: Draft, page: Page, near: string[]): void {
  for (const text of near) {
    if (/\b\d{4}\s?[A-Z]{2}\b/.test(text)) {
      const city = cleanLocation(text);
      if (city) fill(draft, { location: city }, "text", text);
    }
  }
  const client = draft.client?.value ?? null;
  for (const text of near.slice(0, 3)) {
    for (const line of text.split("\n")) {
      const town = townAfterOrganisation(line, client) ?? cityOfPlaceLine(line);
      if (town) fill(draft, { location: town }, "text", line);
    }
  }
  for (const text of [page.meta.ogDescription, page.meta.description]) {
    const town = text ? cityOfPlaceLine(text) : null;
    if (town && text) fill(draft, { location: town }, "meta", text);
  }
  // LinkedIn names the place only in its <title>: "… at Atos — Amstelveen, North Holland, Netherlands | …"
  for (const segment of titleSegments(page.meta.title).slice(1)) {
    const town = cityOfPlaceLine(segment);
    if (town && page.meta.title) fill(draft, { location: town }, "meta", page.meta.title);
  }
  const town = client ? townOfMunicipality(client) : null;
  if (town && client) fill(draft, { location: town }, "text", client);
}

export function extractGeneric(page: Page): GenericResult {
  const draft: Draft = {};
  const job = page.jobs[0];
  const labelled = readLabels(page);
  // "Maximum tarief: Geen maximum" beats a JSON-LD baseSalary: recorded before JSON-LD fills
  markStatedNone(draft, labelled, page.now);
  if (job) fillFromJob(draft, job, page);
  const seen = fillFromLabels(draft, page, labelled);
  fillFromFreeText(draft, page, seen);
  if (job) fillFromDescription(draft, job, seen);
  const near = underTitle(page);
  fillClient(draft, page, near);
  fillTitle(draft, page);
  fillLocation(draft, page, near);
  return { draft, requirements: readRequirements(page.blocks), labelled };
}
