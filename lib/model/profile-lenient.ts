// Coercions for stored profiles from older versions or hand edits: numbers kept as strings,
// skills as one comma-separated string, Dutch words for units, a bare number for hours.
// Each helper only reshapes; validation is left to the zod schema in profile.ts.
import { isRecord } from "./is-record";

export type Problems = string[];

export function toNumber(value: unknown): number | undefined {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "string" && /^\s*\d+(?:[.,]\d+)?\s*$/.test(value)) return Number(value.trim().replace(",", "."));
  return undefined;
}

/** A list of strings from an array or a "a, b; c" string; non-strings are reported. */
export function toStringList(value: unknown, field: string, problems: Problems): string[] {
  if (value === undefined || value === null) return [];
  if (typeof value === "string")
    return value
      .split(/[,;\n]/)
      .map((s) => s.trim())
      .filter(Boolean);
  if (!Array.isArray(value)) {
    problems.push(`${field}: not a list, ignored`);
    return [];
  }
  const out: string[] = [];
  value.forEach((item, i) => {
    if (typeof item === "string" && item.trim()) out.push(item.trim());
    else problems.push(`${field}[${i}]: not a text, set aside`);
  });
  return out;
}

const boolWords: Record<string, boolean> = { true: true, ja: true, yes: true, false: false, nee: false, no: false };
export function toBoolean(value: unknown): boolean | undefined {
  if (typeof value === "boolean") return value;
  if (typeof value === "string") return boolWords[value.trim().toLowerCase()];
  return undefined;
}

const perWords: Record<string, string> = {
  hour: "hour",
  uur: "hour",
  hourly: "hour",
  h: "hour",
  day: "day",
  dag: "day",
  daily: "day",
  month: "month",
  maand: "month",
  monthly: "month",
};
export function toPer(value: unknown): string | undefined {
  return typeof value === "string" ? (perWords[value.trim().toLowerCase()] ?? value) : undefined;
}

/** "HBO" → "hbo", "Master" → "master"; other values pass through for zod to judge. */
export function lower(value: unknown): unknown {
  return typeof value === "string" ? value.trim().toLowerCase() : value;
}

/** Old profiles stored hours as one number ("32") and sometimes min > max. */
export function toHours(value: unknown): unknown {
  const single = toNumber(value);
  if (single !== undefined) return { min: single, max: single };
  if (!isRecord(value)) return value;
  const min = toNumber(value.min);
  const max = toNumber(value.max);
  if (min === undefined || max === undefined) return { min: min ?? value.min, max: max ?? value.max };
  return { min: Math.min(min, max), max: Math.max(min, max) };
}

/** "2025-11-15T00:00:00Z" → "2025-11-15"; a date the user typed as 15-11-2025 too. */
export function toIsoDay(value: unknown): unknown {
  if (typeof value !== "string") return value;
  const iso = /^(\d{4}-\d{2}-\d{2})/.exec(value.trim());
  if (iso) return iso[1];
  const dutch = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(value.trim());
  if (dutch) return `${dutch[3]}-${dutch[2]!.padStart(2, "0")}-${dutch[1]!.padStart(2, "0")}`;
  return value;
}

export function coerceRole(raw: Record<string, unknown>, problems: Problems, at: string): Record<string, unknown> {
  return {
    title: typeof raw.title === "string" ? raw.title.trim() : (raw.role ?? raw.name ?? raw.title),
    years: toNumber(raw.years) ?? raw.years,
    sectors: toStringList(raw.sectors, `${at}.sectors`, problems),
    lastYear: raw.lastYear === undefined || raw.lastYear === null ? null : (toNumber(raw.lastYear) ?? raw.lastYear),
  };
}

export function coerceEducation(raw: Record<string, unknown>, problems: Problems, at: string): Record<string, unknown> {
  let completed = toBoolean(raw.completed);
  if (completed === undefined) {
    // Unknown completion is read as not completed: a wrong "met" on a knock-out costs the user most.
    problems.push(`${at}.completed: missing or unreadable, taken as not completed`);
    completed = false;
  }
  const degree = lower(raw.degree);
  return {
    level: lower(raw.level),
    degree: degree === undefined || degree === "" ? null : degree,
    field: typeof raw.field === "string" ? raw.field : null,
    completed,
  };
}

/** "Prince2" alone, or {name, validUntil} with the date in any form toIsoDay reads; "" means none. */
export function coerceCertificate(raw: Record<string, unknown>): Record<string, unknown> {
  const until = raw.validUntil ?? raw.valid_until ?? raw.geldigTot;
  return {
    name: typeof raw.name === "string" ? raw.name.trim() : raw.name,
    ...(until === undefined || until === null || until === "" ? {} : { validUntil: toIsoDay(until) }),
  };
}

const LANGUAGE_LEVELS: Record<string, string> = { native: "moedertaal", moedertaal: "moedertaal" };

/** "c1" → "C1", "Native" → "moedertaal"; other values pass through for zod to judge. */
export function coerceLanguage(raw: Record<string, unknown>): Record<string, unknown> {
  const level = lower(raw.level);
  return {
    name: typeof raw.name === "string" ? raw.name.trim() : raw.name,
    ...(level === undefined || level === null || level === ""
      ? {}
      : { level: typeof level === "string" ? (LANGUAGE_LEVELS[level] ?? level.toUpperCase()) : level }),
  };
}
