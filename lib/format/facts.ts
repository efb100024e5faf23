// Listing facts as the user reads them, as Intl writes them (money, numbers, dates) and the i18n
// texts: "€ 97,50", "€ 9.553", "28,8 uur" in Dutch; "€97.50", "€9,553", "28.8 hours" in English.
// Every number the UI shows goes through here, never through String(n) or a template literal.
// Euros, numbers and days are written by ./plain-intl.ts, held equal to Intl by its test: a
// page's first Intl formatter costs 20-60 ms, and the panel draws these in the page.
import type { Hours, Rate } from "../model/listing";
import { t, type Lang } from "../i18n/t";
import { plainDay, plainEuro, plainNumber, plainWrites } from "./plain-intl";

/** The Intl locale of each UI language. */
export const numberLocales: Record<Lang, string> = { nl: "nl-NL", en: "en-GB" };
const locales = numberLocales;

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const id = `${lang}:${key}`;
  let format = numberFormats.get(id);
  if (!format) {
    format = new Intl.NumberFormat(locales[lang], options);
    numberFormats.set(id, format);
  }
  return format;
}

/** A plain number in the user's language: 28.8 → "28,8" (nl), 1234 → "1.234" (nl) / "1,234" (en). */
export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 1): string {
  if (plainWrites(value)) return plainNumber(value, lang, maximumFractionDigits);
  return numberFormat(lang, `n${maximumFractionDigits}`, { maximumFractionDigits }).format(value);
}

/**
 * An amount of money: whole amounts without cents ("€ 200", "€ 9.553"), others with both
 * cent digits ("€ 97,50", never "€ 97,5").
 */
export function formatMoney(amount: number, currency: string, lang: Lang): string {
  if (currency === "EUR" && plainWrites(amount)) return plainEuro(amount, lang);
  const whole = Number.isInteger(amount);
  return numberFormat(lang, `${currency}:${whole ? 0 : 2}`, {
    style: "currency",
    currency,
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: whole ? 0 : 2,
  }).format(amount);
}

export function formatRate(rate: Rate | null, lang: Lang): string {
  if (!rate) return t(lang, "fact_unknown");
  const per = t(lang, `fact_per_${rate.per}`);
  const { min, max } = rate;
  let amount: string;
  if (min !== null && max !== null && min !== max)
    amount = t(lang, "fact_rate_range", formatMoney(min, rate.currency, lang), formatMoney(max, rate.currency, lang));
  else if (min !== null && max !== null) amount = formatMoney(max, rate.currency, lang);
  else if (max !== null) amount = t(lang, "fact_rate_max", formatMoney(max, rate.currency, lang));
  else if (min !== null) amount = t(lang, "fact_rate_min", formatMoney(min, rate.currency, lang));
  else return t(lang, "fact_unknown");
  return `${amount} ${per}`;
}

/** A span of hours as numbers only: "32", "28,8", "4–16" (an en dash, no unit; see formatHours). */
export function formatHourSpan(hours: { min: number; max: number }, lang: Lang): string {
  return hours.min === hours.max
    ? formatNumber(hours.max, lang)
    : `${formatNumber(hours.min, lang)}–${formatNumber(hours.max, lang)}`;
}

/** "32 uur per week", "4–16 uur per week". */
export function formatHours(hours: Hours | null, lang: Lang): string {
  if (!hours) return t(lang, "fact_unknown");
  return t(lang, "fact_hours", formatHourSpan(hours, lang));
}

const dateFormats: Partial<Record<string, Intl.DateTimeFormat>> = {};

/** A calendar year as a year, never grouped: "2025" (a number format would say "2.025"). */
export function formatYear(year: number, lang: Lang): string {
  const format = (dateFormats[`year:${lang}`] ??= new Intl.DateTimeFormat(locales[lang], {
    year: "numeric",
    timeZone: "UTC",
  }));
  return format.format(Date.UTC(year, 6, 1));
}

/** "12 nov 2025", or with the page's time "12 nov 2025 12:00" (a Dutch wall-clock time, shown as such). */
export function formatDay(day: string | null, lang: Lang): string {
  if (!day) return t(lang, "fact_unknown");
  const date = new Date(`${day.slice(0, 10)}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new RangeError("Invalid time value");
  const text = plainDay(date, lang);
  return day.length > 10 ? `${text} ${day.slice(11, 16)}` : text;
}
