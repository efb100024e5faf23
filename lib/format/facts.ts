// Listing facts as the user reads them, through Intl (money, dates) and the i18n texts.
import type { Hours, Rate } from "../model/listing";
import { t, type Lang } from "../i18n/t";

const locales: Record<Lang, string> = { nl: "nl-NL", en: "en-GB" };
const moneyFormats = new Map<string, Intl.NumberFormat>();

function money(amount: number, currency: string, lang: Lang): string {
  const key = `${lang}:${currency}`;
  let format = moneyFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locales[lang], {
      style: "currency",
      currency,
      maximumFractionDigits: 2,
      minimumFractionDigits: 0,
    });
    moneyFormats.set(key, format);
  }
  return format.format(amount);
}

export function formatRate(rate: Rate | null, lang: Lang): string {
  if (!rate) return t(lang, "fact_unknown");
  const per = t(lang, `fact_per_${rate.per}`);
  const { min, max } = rate;
  let amount: string;
  if (min !== null && max !== null && min !== max)
    amount = t(lang, "fact_rate_range", money(min, rate.currency, lang), money(max, rate.currency, lang));
  else if (min !== null && max !== null) amount = money(max, rate.currency, lang);
  else if (max !== null) amount = t(lang, "fact_rate_max", money(max, rate.currency, lang));
  else if (min !== null) amount = t(lang, "fact_rate_min", money(min, rate.currency, lang));
  else return t(lang, "fact_unknown");
  return `${amount} ${per}`;
}

export function formatHours(hours: Hours | null, lang: Lang): string {
  if (!hours) return t(lang, "fact_unknown");
  const n = new Intl.NumberFormat(locales[lang], { maximumFractionDigits: 1 });
  const span = hours.min === hours.max ? n.format(hours.max) : `${n.format(hours.min)}–${n.format(hours.max)}`;
  return t(lang, "fact_hours", span);
}

const dateFormats: Partial<Record<string, Intl.DateTimeFormat>> = {};

/** "12 nov 2025", or with the page's time "12 nov 2025 12:00" (a Dutch wall-clock time, shown as such). */
export function formatDay(day: string | null, lang: Lang): string {
  if (!day) return t(lang, "fact_unknown");
  const key = lang;
  const format = (dateFormats[key] ??= new Intl.DateTimeFormat(locales[lang], {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  }));
  const text = format.format(new Date(`${day.slice(0, 10)}T12:00:00Z`));
  return day.length > 10 ? `${text} ${day.slice(11, 16)}` : text;
}
