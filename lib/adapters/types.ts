// What a site adapter is: where a broker site puts things. Parsing is shared (lib/interpret);
// which host it serves is in lib/sites.ts.
import type { Requirement } from "../model/listing";

export interface AdapterContext {
  url: URL;
}

/** Raw page text per field, as the site shows it ("Max 130 p/u", "Sluit over 11 dagen"). */
export interface AdapterFields {
  title?: string;
  client?: string;
  location?: string;
  rate?: string;
  /** The site's rate is a ceiling (KB&P's "Opdracht tarief" is the maximum of the tender). */
  rateIsMaximum?: boolean;
  hoursPerWeek?: string;
  startDate?: string;
  endDate?: string;
  /** "1-11-2025 t/m 1-11-2027" */
  period?: string;
  published?: string;
  deadline?: string;
  /** Elements that hold the eisen or wensen; absent: the generic requirement reader decides. */
  requirementSections?: { kind: Requirement["kind"]; element: Element }[];
  /** The page's own words that the listing is closed. */
  closedNotice?: string;
}

export interface SiteAdapter {
  /** Its key in lib/read/site-adapters.ts; the site (host, listing paths) is in lib/sites.ts. */
  id: string;
  /** Real-looking listing addresses this adapter handles (and no other adapter does). */
  examples: string[];
  /** Throws AdapterError when a required element is missing: the site has changed. */
  extract(doc: Document, ctx: AdapterContext): AdapterFields;
}
