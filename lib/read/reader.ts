// The reader: what the content script does on a page. It reads the DOM into a PageReading (plain
// data for the worker) and keeps, per text block, the element it came from, so the marks can be
// placed where the worker says a value stood. It interprets nothing: dates, money, hours,
// requirements and the listing verdict are the worker's (interpret.ts). Never throws.
import type { AdapterFields } from "../adapters/types";
import { adapterTextFields } from "../model/listing-fields";
import type { AdapterReading, PageReading } from "../model/page-reading";
import { READING_LIMITS } from "../model/reading-limits";
import { adapterFor } from "./site-adapters";
import { isProbablyListing } from "./first-stage";
import { readJsonLd } from "./json-ld";
import { readMeta } from "./meta";
import { readMicrodata } from "./microdata";
import { blockSteps, finish, type ShouldPause } from "./blocks";
import { applyRules, type ReaderRule } from "../rules/apply";

export interface PageRead {
  reading: PageReading;
  /** The element of each block in `reading.blocks`, by index. Stays in the page. */
  elements: Element[];
  /** The element each of the user's rules found (null: nothing), by the index of `reading.rules`. */
  ruleElements?: Array<Element | null>;
}

const PAGINATION = 'a[rel="next"], link[rel="next"], [class*="pagination"], [aria-label*="paginati" i]';

function parseUrl(url: string): URL {
  try {
    return new URL(url);
  } catch {
    return new URL("about:blank");
  }
}

/** An adapter's findings as data: its texts, and its eisen/wensen elements as block indices. */
function adapterReading(id: string, fields: AdapterFields, elements: Element[]): AdapterReading {
  const texts: AdapterReading["fields"] = {};
  for (const key of adapterTextFields) {
    const value = fields[key];
    if (value) texts[key] = value.slice(0, READING_LIMITS.short);
  }
  const sections = (fields.requirementSections ?? []).map(({ kind, element }) => ({
    kind,
    blocks: elements.flatMap((el, i) => (element === el || element.contains(el) ? [i] : [])).slice(0, 2000),
  }));
  return { id, error: null, fields: texts, rateIsMaximum: fields.rateIsMaximum ?? false, sections };
}

export interface ReadOptions {
  /**
   * The content script's first stage let the page through already, or the user asked for it
   * ("Analyseer deze pagina"): read it without asking isProbablyListing again.
   */
  skipFirstStage?: boolean;
  /** The user's own rules for this site (issue 17), applied before anything else is read. */
  rules?: readonly ReaderRule[];
}

function* readSteps(
  doc: Document,
  url: string,
  options: ReadOptions,
  shouldPause: ShouldPause,
): Generator<void, PageRead> {
  const href = parseUrl(url);
  const known = adapterFor(href);
  const meta = readMeta(doc, url);
  const lang = doc.documentElement?.getAttribute("lang")?.trim().toLowerCase().slice(0, 35) || null;
  const nothing: PageReading = {
    url,
    lang,
    probable: false,
    meta,
    blocks: [],
    jobs: [],
    otherTypes: [],
    paginated: false,
    adapter: null,
  };
  if (!known && !options.skipFirstStage && !isProbablyListing(doc, href)) return { reading: nothing, elements: [] };
  const { blocks, elements } = yield* blockSteps(doc.body ?? doc.documentElement, {}, shouldPause);
  if (shouldPause()) yield;
  const jsonLd = readJsonLd(doc);
  let adapter: AdapterReading | null = null;
  if (known) {
    try {
      adapter = adapterReading(known.adapter.id, known.adapter.extract(doc, { url: href }), elements);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      adapter = { id: known.adapter.id, error: reason.slice(0, 500), fields: {}, rateIsMaximum: false, sections: [] };
    }
  }
  const applied = options.rules?.length ? applyRules(doc, options.rules, elements) : null;
  return {
    reading: {
      ...nothing,
      probable: true,
      blocks,
      jobs: jsonLd.jobs.length ? jsonLd.jobs : readMicrodata(doc),
      otherTypes: jsonLd.types,
      paginated: !!doc.querySelector(PAGINATION),
      adapter,
      ...(applied ? { rules: applied.readings } : {}),
    },
    elements,
    ...(applied ? { ruleElements: applied.elements } : {}),
  };
}

/** The page as data for the worker, and the elements behind its blocks; never throws. */
export function readPage(doc: Document, url: string, options: ReadOptions = {}): PageRead {
  try {
    return finish(readSteps(doc, url, options, () => false));
  } catch {
    return unreadable(url);
  }
}

/** How the content script slices a reading: its clock, a slice's length, and how it pauses. */
export interface Slicing {
  sliceMs: number;
  clock: () => number;
  /** Resolves when the page has had its turn (a new task). */
  pause: () => Promise<void>;
}

/**
 * `readPage` in slices: between two slices it awaits `pause`, so no slice runs much longer than
 * `sliceMs` and the page's own tasks (input, rendering) go in between. Never throws.
 */
export async function readPageInSlices(
  doc: Document,
  url: string,
  options: ReadOptions,
  { sliceMs, clock, pause }: Slicing,
): Promise<PageRead & { workMs: number }> {
  let sliceStart = clock();
  /** Time spent reading, pauses not counted. */
  let workMs = 0;
  const steps = readSteps(doc, url, options, () => clock() - sliceStart > sliceMs);
  try {
    for (;;) {
      const step = steps.next();
      workMs += clock() - sliceStart;
      if (step.done) return { ...step.value, workMs };
      await pause();
      sliceStart = clock();
    }
  } catch {
    return { ...unreadable(url), workMs };
  }
}

/** The reading of a page that could not be read (it threw): nothing, and not a listing. */
function unreadable(url: string): PageRead {
  const reading: PageReading = {
    url,
    lang: null,
    probable: false,
    meta: {
      title: null,
      ogTitle: null,
      siteName: null,
      description: null,
      ogDescription: null,
      ogType: null,
      canonical: null,
    },
    blocks: [],
    jobs: [],
    otherTypes: [],
    paginated: false,
    adapter: null,
  };
  return { reading, elements: [] };
}
