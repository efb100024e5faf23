// The generic extractor, for any site: structured data first (JSON-LD, microdata), then meta
// tags, then cues in the visible text. Also the fallback when a site adapter fails.
import { fill, type Draft } from "./draft";
import { cleanClient, cleanLocation } from "./fields";
import { fillFromFreeText, fillFromLabels } from "./generic-text";
import type { LabelledValue } from "./labels";
import { stripSiteName, titleSegments } from "./meta";
import { isBroker, organisationAfterBij, townOfMunicipality, wholeOrganisation } from "./organisation";
import type { Page } from "./page";
import { parseHoursPerWeek } from "./hours";
import { readRequirements } from "./requirements";
import type { Requirement } from "../model/listing";
import type { StructuredJob } from "./structured-job";

export interface GenericResult {
  draft: Draft;
  requirements: Requirement[];
  /** The page's label/value pairs, for the deadline's choice (deadline.ts). */
  labelled: LabelledValue[];
}

function fillFromJob(draft: Draft, job: StructuredJob, page: Page): void {
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

/** The blocks just under the page title: where sites print the client and the address. */
function underTitle(page: Page): string[] {
  const start = page.blocks.findIndex((b) => b.heading === 1 && !b.chrome);
  if (start < 0) return [];
  return page.blocks
    .slice(start + 1, start + 7)
    .filter((b) => !b.chrome)
    .map((b) => b.text);
}

function fillTitle(draft: Draft, page: Page): void {
  const h1 = page.blocks.find((b) => b.heading === 1 && !b.chrome && b.text.length <= 200);
  if (h1) fill(draft, { title: h1.text.replace(/\n/g, " ") }, "text", h1.text);
  const metaTitle = page.meta.ogTitle ?? page.meta.title;
  if (metaTitle) fill(draft, { title: stripSiteName(metaTitle, page.meta.siteName) }, "meta", metaTitle);
}

function fillClient(draft: Draft, page: Page, near: string[]): void {
  const accept = (name: string | null) => (name && !isBroker(name, page) ? name : null);
  for (const text of near.slice(0, 3)) {
    const name = accept(wholeOrganisation(text));
    if (name) fill(draft, { client: name }, "text", text);
  }
  for (const text of [page.meta.description, page.meta.ogDescription]) {
    const name = text ? accept(organisationAfterBij(text)) : null;
    if (name && text) fill(draft, { client: name }, "meta", text);
  }
  for (const segment of titleSegments(page.meta.title).slice(1)) {
    const name = accept(wholeOrganisation(segment));
    if (name && page.meta.title) fill(draft, { client: name }, "meta", page.meta.title);
  }
}

function fillLocation(draft: Draft, near: string[]): void {
  for (const text of near) {
    if (/\b\d{4}\s?[A-Z]{2}\b/.test(text)) {
      const city = cleanLocation(text);
      if (city) fill(draft, { location: city }, "text", text);
    }
  }
  const client = draft.client?.value;
  const town = client ? townOfMunicipality(client) : null;
  if (town && client) fill(draft, { location: town }, "text", client);
}

export function extractGeneric(page: Page): GenericResult {
  const draft: Draft = {};
  const job = page.jobs[0];
  if (job) fillFromJob(draft, job, page);
  const { seen, labelled } = fillFromLabels(draft, page);
  fillFromFreeText(draft, page, seen);
  fillTitle(draft, page);
  const near = underTitle(page);
  fillClient(draft, page, near);
  fillLocation(draft, near);
  return { draft, requirements: readRequirements(page.blocks), labelled };
}
