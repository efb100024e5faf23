// Plain-text renderings of listing fields for exports (CSV cells, calendar descriptions).
import type { Hours, Rate } from "../extract/schema";
import type { Lang } from "../i18n/t";
import type { SavedStatus } from "../storage/schemas";

const perWord: Record<Lang, Record<Rate["per"], string>> = {
  nl: { hour: "uur", day: "dag", month: "maand", year: "jaar" },
  en: { hour: "hour", day: "day", month: "month", year: "year" },
};

function amount(value: number, currency: string, lang: Lang): string {
  const number = value.toLocaleString(lang === "nl" ? "nl-NL" : "en-GB", { maximumFractionDigits: 2 });
  return currency === "EUR" ? `€${number}` : `${currency} ${number}`;
}

/** "€100–€130 per uur", "max €130 per uur", "min. €90 per hour"; "" when unknown. */
export function formatRate(rate: Rate | null, lang: Lang): string {
  if (!rate || (rate.min === null && rate.max === null)) return "";
  const per = `per ${perWord[lang][rate.per]}`;
  const { min, max, currency } = rate;
  if (min !== null && max !== null && min !== max)
    return `${amount(min, currency, lang)}–${amount(max, currency, lang)} ${per}`;
  if (max !== null && min === null) return `max. ${amount(max, currency, lang)} ${per}`;
  if (min !== null && max === null) return `min. ${amount(min, currency, lang)} ${per}`;
  return `${amount(min ?? max ?? 0, currency, lang)} ${per}`;
}

/** "8" or "16–24"; "" when unknown. */
export function formatHours(hours: Hours | null): string {
  if (!hours) return "";
  return hours.min === hours.max ? String(hours.max) : `${hours.min}–${hours.max}`;
}

/** "2025-11-12" or "2025-11-12 12:00" (Dutch time, as the page gives it). */
export function formatDeadline(deadline: string | null): string {
  return deadline ? deadline.replace("T", " ") : "";
}

const statusWord: Record<Lang, Record<SavedStatus, string>> = {
  nl: { bewaard: "bewaard", reageren: "reageren", gereageerd: "gereageerd", afgewezen: "afgewezen", gegund: "gegund" },
  en: { bewaard: "saved", reageren: "to apply", gereageerd: "applied", afgewezen: "rejected", gegund: "awarded" },
};

export function formatStatus(status: SavedStatus, lang: Lang): string {
  return statusWord[lang][status];
}
