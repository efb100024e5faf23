// Everything read from a page once, shared by the adapters and the generic extractor.
import { readJsonLd } from "./json-ld";
import { readMeta, type PageMeta } from "./meta";
import { readMicrodata } from "./microdata";
import { readBlocks, type Block } from "./page-text";
import type { StructuredJob } from "./structured-job";

export interface Page {
  doc: Document;
  url: URL;
  now: Date;
  blocks: Block[];
  meta: PageMeta;
  /** JobPostings from JSON-LD, then microdata. */
  jobs: StructuredJob[];
  /** Other schema.org types in JSON-LD ("NewsArticle", "ItemList"). */
  otherTypes: string[];
}

export function readPage(doc: Document, url: URL, now: Date): Page {
  const jsonLd = readJsonLd(doc);
  const jobs = jsonLd.jobs.length ? jsonLd.jobs : readMicrodata(doc);
  return { doc, url, now, blocks: readBlocks(doc), meta: readMeta(doc, url.href), jobs, otherTypes: jsonLd.types };
}
