// The values in a reason as lib/format/facts.ts writes them ("2,5 jaar", "€ 97,50", "€ 9.553",
// "4–16", "15 nov 2025" in Dutch; "2.5", "€97.50", "€9,553" in English), but without Intl: a
// process's first Intl formatter costs some 15 ms (ICU starting up), more than a whole match.
// tests/unit/match/reason-text.test.ts holds these equal to formatNumber, formatMoney and
// formatDay over many values in both languages.
import type { Lang } from "../i18n/t";
import { t } from "../i18n/t";
import type { Quote, Sub } from "./verdict";

const SEPARATORS: Record<Lang, { group: string; decimal: string }> = {
  nl: { group: ".", decimal: "," },
  en: { group: ",", decimal: "." },
};

/** Rounds a non-negative number's shortest decimal form half up, as Intl does: 0.15 → "0.2". */
function roundedDigits(value: number, digits: number): { whole: string; fraction: string } | null {
  const text = String(value);
  if (!/^\d+(?:\.\d+)?$/.test(text)) return null; // exponent forms: leave them to Intl
  const [whole = "0", fraction = ""] = text.split(".");
  if (fraction.length <= digits) return { whole, fraction };
  const kept = `${whole}${fraction.slice(0, digits)}`;
  if (fraction[digits]! < "5") return { whole, fraction: fraction.slice(0, digits) };
  // Add one to the last kept digit, carrying.
  const up = [...kept];
  let i = up.length - 1;
  while (i >= 0 && up[i] === "9") up[i--] = "0";
  if (i < 0) up.unshift("1");
  else up[i] = String(Number(up[i]) + 1);
  const all = up.join("");
  return { whole: all.slice(0, all.length - digits) || "0", fraction: all.slice(all.length - digits) };
}

function grouped(whole: string, group: string): string {
  let out = "";
  for (let i = 0; i < whole.length; i++) {
    if (i > 0 && (whole.length - i) % 3 === 0) out += group;
    out += whole[i];
  }
  return out;
}

function digitsText(value: number, lang: Lang, minDigits: number, maxDigits: number): string | null {
  const r = roundedDigits(Math.abs(value), maxDigits);
  if (!r) return null;
  let fraction = r.fraction.replace(/0+$/, "");
  if (fraction.length < minDigits) fraction = fraction.padEnd(minDigits, "0");
  const { group, decimal } = SEPARATORS[lang];
  return grouped(r.whole.replace(/^0+(?=\d)/, ""), group) + (fraction ? decimal + fraction : "");
}

const negative = (value: number) => value < 0 || Object.is(value, -0);

/** As formatNumber(value, lang) with one fraction digit at most. */
export function numberText(value: number, lang: Lang): string {
  // Most values are years of experience: small whole numbers read the same in every locale.
  if (Number.isInteger(value) && value < 1000 && value > -1000 && !Object.is(value, -0)) return String(value);
  if (!Number.isFinite(value)) return String(value);
  const digits = digitsText(value, lang, 0, 1);
  if (digits === null) return String(value);
  return negative(value) ? `-${digits}` : digits;
}

/** As formatMoney(amount, "EUR", lang): whole euros without cents, others with two digits. */
export function moneyText(amount: number, lang: Lang): string {
  if (!Number.isFinite(amount)) return String(amount);
  const whole = Number.isInteger(amount);
  const digits = digitsText(amount, lang, whole ? 0 : 2, whole ? 0 : 2) ?? String(Math.abs(amount));
  const sign = negative(amount) ? "-" : "";
  return lang === "nl" ? `€\u00a0${sign}${digits}` : `${sign}€${digits}`;
}

/** As formatHourSpan: "32", "4–16". */
export function spanText(span: { min: number; max: number }, lang: Lang): string {
  return span.min === span.max
    ? numberText(span.max, lang)
    : `${numberText(span.min, lang)}–${numberText(span.max, lang)}`;
}

// Days as formatDay writes them ("15 nov 2025", "15 Sept 2025 12:00").
const MONTHS: Record<Lang, string[]> = {
  nl: ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
  en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"],
};

export function dayText(day: string, lang: Lang): string {
  // The same Date as formatDay's, so "2025-02-30" rolls over to 2 March there as here.
  const date = new Date(`${day.slice(0, 10)}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new RangeError("Invalid time value");
  const text = `${date.getUTCDate()} ${MONTHS[lang][date.getUTCMonth()]} ${date.getUTCFullYear()}`;
  return day.length > 10 ? `${text} ${day.slice(11, 16)}` : text;
}

export function subText(sub: Sub, lang: Lang): string {
  if (typeof sub === "string") return sub;
  if (typeof sub === "number") return numberText(sub, lang);
  if ("day" in sub) return dayText(sub.day, lang);
  if ("span" in sub) return spanText(sub.span, lang);
  return `${moneyText(sub.money, lang)} ${t(lang, `match_per_${sub.per}`)}`;
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
