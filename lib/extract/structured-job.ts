// What schema.org JobPosting data (JSON-LD or microdata) says about a listing, as raw values.
import type { Rate } from "../model/listing";
import { amsterdamParts } from "../model/dutch-time";

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

/** schema.org MonetaryAmount → Rate: value may be a number or a QuantitativeValue. */
export function salaryToRate(amount: Record<string, unknown>, value: unknown): Rate | null {
  const currency = typeof amount.currency === "string" && /^[A-Z]{3}$/.test(amount.currency) ? amount.currency : "EUR";
  const q = value && typeof value === "object" ? (value as Record<string, unknown>) : null;
  const single = toNumber(q ? q.value : value);
  const min = q ? (toNumber(q.minValue) ?? single) : single;
  const max = q ? (toNumber(q.maxValue) ?? single) : single;
  const unit = (
    q && typeof q.unitText === "string" ? q.unitText : typeof amount.unitText === "string" ? amount.unitText : ""
  ).toUpperCase();
  const per = PER[unit];
  if (!per || (min === null && max === null)) return null;
  return { min, max, currency, per };
}
