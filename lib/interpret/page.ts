// The page as the interpreter sees it: the reader's PageReading with its JobPostings understood,
// the address parsed and the moment of viewing.
import type { Block, PageMeta, PageReading } from "../model/page-reading";
import { dateOptionsOf } from "./date-order";
import type { DateOptions } from "./dates";
import { understandJob, type StructuredJob } from "./structured-job";

export interface Page {
  url: URL;
  now: Date;
  /** The page's declared language, lower case ("nl", "en-gb"), or null. */
  lang: string | null;
  blocks: Block[];
  meta: PageMeta;
  /** JobPostings from JSON-LD, then microdata. */
  jobs: StructuredJob[];
  /** Other schema.org types in JSON-LD ("NewsArticle", "ItemList"). */
  otherTypes: string[];
  /** A pagination control on the page. */
  paginated: boolean;
  /** How this page's dates read: its language, and day or month first in numeric dates. */
  dates: DateOptions;
}

export function pageOf(reading: PageReading, now: Date): Page {
  let url: URL;
  try {
    url = new URL(reading.url);
  } catch {
    url = new URL("about:blank");
  }
  return {
    url,
    now,
    lang: reading.lang,
    blocks: reading.blocks,
    meta: reading.meta,
    jobs: reading.jobs.map(understandJob),
    otherTypes: reading.otherTypes,
    paginated: reading.paginated,
    dates: dateOptionsOf(reading.blocks, reading.lang),
  };
}
