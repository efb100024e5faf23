// The response page's sentences that carry numbers: a checklist item with its limit, and the
// user's rate against the listing's maximum. Shared by the page and "Kopieer alles"; money and
// numbers through lib/format/facts.ts (Intl).
import { formatMoney, formatNumber } from "../format/facts";
import { t, type Lang } from "../i18n/t";
import type { ChecklistItem } from "./checklist";
import type { RateComparison } from "./rate";

/** "Plan van aanpak (max. 5 pagina's)", "Referenties (2 gevraagd)", "CV". */
export function checklistItemText(item: ChecklistItem, lang: Lang): string {
  const name = t(lang, `response_check_${item.id}`);
  const details: string[] = [];
  if (item.pages)
    details.push(t(lang, `response_check_pages_${item.pages.unit}`, formatNumber(item.pages.count, lang, 0)));
  if (item.count !== null) details.push(t(lang, "response_check_count", formatNumber(item.count, lang, 0)));
  return details.length > 0 ? `${name} (${details.join(", ")})` : name;
}

const money = (amount: number, currency: string, lang: Lang) => formatMoney(amount, currency, lang);
const per = (unit: string, lang: Lang) => t(lang, `fact_per_${unit}`);

/** The user's rate against the listing's maximum, in one sentence. */
export function rateText(rate: RateComparison, lang: Lang): string {
  switch (rate.kind) {
    case "no-own-rate":
      return rate.max === null || rate.per === null
        ? t(lang, "response_rate_none")
        : t(lang, "response_rate_no_own", `${money(rate.max, rate.currency, lang)} ${per(rate.per, lang)}`);
    case "no-max":
      return t(lang, "response_rate_no_max", `${money(rate.own, "EUR", lang)} ${per(rate.per, lang)}`);
    case "other-unit":
      return t(
        lang,
        "response_rate_other_unit",
        `${money(rate.own, rate.currency, lang)} ${per(rate.ownPer, lang)}`,
        `${money(rate.max, rate.currency, lang)} ${per(rate.maxPer, lang)}`,
      );
    case "within":
    case "above":
      return t(
        lang,
        `response_rate_${rate.kind}`,
        `${money(rate.own, rate.currency, lang)} ${per(rate.per, lang)}`,
        `${money(rate.max, rate.currency, lang)} ${per(rate.per, lang)}`,
        money(Math.abs(rate.room), rate.currency, lang),
      );
  }
}
