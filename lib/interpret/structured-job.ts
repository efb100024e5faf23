// What schema.org JobPosting data (JSON-LD or microdata) says about a listing: the raw values
// the reader found (RawJob), understood in the worker.
import type { Rate } from "../model/listing";
import { amsterdamParts } from "../model/dutch-time";
import type { Block, RawJob, RawSalary } from "../model/page-reading";

export interface StructuredJob {
  tier: "json-ld" | "microdata";
  title: string | null;
  client: string | null;
  location: string | null;
  /** YYYY-MM-DD (Dutch day) */
  published: string | null;
  /** YYYY-MM-DD or YYYY-MM-DDTHH:MM (Dutch wall-clock time) */
  deadline: string | null;
  startDate: string | null;
  rate: Rate | null;
  workHours: string | null;
  employmentType: string | null;
  /** The description's text blocks (requirements, hours, salary for shell pages). */
  description: Block[];
}

const PER: Record<string, Rate["per"]> = {
  HOUR: "hour",
  DAY: "day",
  MONTH: "month",
  YEAR: "year",
  UUR: "hour",
  MAAND: "month",
  JAAR: "year",
  DAG: "day",
};

/** "2025-11-01", "2025-11-28T12:00:00+01:00", "2025-11-28T12:00" → Dutch day, with the time when one is given. */
export function isoToDutch(value: string, withTime: boolean): string | null {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(value.trim());
  if (!m || !m[1]) return null;
  if (!m[2]) return m[1];
  let date = m[1];
  let time = m[2];
  if (m[3]) {
    const instant = new Date(value.trim());
    if (Number.isNaN(instant.getTime())) return m[1];
    ({ date, time } = amsterdamParts(instant));
  }
  // A bare midnight says "that day", not "at 00:00".
  return withTime && time !== "00:00" ? `${date}T${time}` : date;
}

export function toNumber(value: unknown): number | null {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "string" && /^\s*\d+(\.\d+)?\s*$/.test(value)) return Number(value);
  return null;
}

/** schema.org MonetaryAmount → Rate. */
export function salaryToRate(salary: RawSalary): Rate | null {
  const currency = salary.currency && /^[A-Z]{3}$/.test(salary.currency) ? salary.currency : "EUR";
  const single = toNumber(salary.value);
  const min = toNumber(salary.min) ?? single;
  const max = toNumber(salary.max) ?? single;
  const per = PER[(salary.unit ?? "").toUpperCase()];
  if (!per || (min === null && max === null)) return null;
  return { min, max, currency, per };
}

/** The JobPosting as the listing's fields: Dutch days and times, a Rate. */
export function understandJob(raw: RawJob): StructuredJob {
  return {
    tier: raw.tier,
    title: raw.title ? decodeEntities(raw.title) : null,
    client: raw.client ? decodeEntities(raw.client) : null,
    location: raw.location,
    published: raw.datePosted ? isoToDutch(raw.datePosted, false) : null,
    deadline: raw.validThrough ? isoToDutch(raw.validThrough, true) : null,
    startDate: raw.startDate ? isoToDutch(raw.startDate, false) : null,
    rate: raw.salary ? salaryToRate(raw.salary) : null,
    workHours: raw.workHours,
    employmentType: raw.employmentType,
    description: raw.description,
  };
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", "#39": "'" };

/** "Catalog &amp; Pricing": some sites escape their JSON-LD strings as HTML. */
export function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|nbsp|#39);/g, (_, name: string) => ENTITIES[name] ?? "");
}
