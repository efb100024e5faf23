// A reason or a quote in the user's language, its values written by lib/format/facts.ts ("2,5 jaar",
// "€ 97,50", "€ 9.553", "4–16", "15 nov 2025" in Dutch; "2.5", "€97.50", "€9,553" in English),
// which writes ordinary values without Intl: a process's first Intl formatter costs some 15 ms,
// more than a whole match.
import { formatDay, formatHourSpan, formatMoney, formatNumber } from "../format/facts";
import type { Lang } from "../i18n/t";
import { t } from "../i18n/t";
import type { Quote, Sub } from "./verdict";

/** "€ 95 per uur". */
export function moneyPer(amount: number, per: string, lang: Lang): string {
  return `${formatMoney(amount, "EUR", lang)} ${t(lang, `match_per_${per}`)}`;
}

export function subText(sub: Sub, lang: Lang): string {
  if (typeof sub === "string") return sub;
  if (typeof sub === "number") return formatNumber(sub, lang);
  if ("day" in sub) return formatDay(sub.day, lang);
  if ("span" in sub) return formatHourSpan(sub.span, lang);
  return moneyPer(sub.money, sub.per, lang);
}

/** A reason or a quote in the user's language ("1 year", not "1 years"). */
export function reasonText(lang: Lang, key: string, subs: Sub[]): string {
  const text = t(lang, key, ...subs.map((s) => subText(s, lang)));
  return lang === "en" ? text.replace(/(^|[^\d.,])1 (year|hour)s\b/g, "$11 $2") : text;
}

// A quote's text per language, kept with the quote: quotes of a profile's roles and skills are
// made once and met again on every match.
const quoteTexts = new WeakMap<Quote, Partial<Record<Lang, string>>>();

export function quotesText(lang: Lang, quotes: Quote[] | undefined): string[] | undefined {
  if (!quotes) return undefined;
  const out: string[] = [];
  for (const q of quotes) {
    let texts = quoteTexts.get(q);
    if (!texts) quoteTexts.set(q, (texts = {}));
    out.push((texts[lang] ??= reasonText(lang, q.key, q.subs)));
  }
  return out;
}
