// Numbers, euros and days written as Intl writes them for nl-NL and en-GB, without Intl. A
// process's first Intl.NumberFormat or DateTimeFormat loads ICU's locale data: 20-60 ms in a
// Chromium page, which made the panel's first drawing the longest task the extension put on a
// page (measured, issue 15). tests/unit/format/plain-intl.test.ts holds these equal to Intl over
// many values; anything they do not cover (other currencies, huge or non-finite numbers) is
// left to Intl by the caller.
import type { Lang } from "../i18n/t";

const SEPARATORS: Record<Lang, { group: string; decimal: string }> = {
  nl: { group: ".", decimal: "," },
  en: { group: ",", decimal: "." },
};

/** Largest magnitude written here; from 1e21 on String() writes an exponent. */
const PLAIN_LIMIT = 1e15;

/** Whether `plainNumber` and `plainEuro` write this value (finite, not huge). */
export const plainWrites = (value: number) => Number.isFinite(value) && Math.abs(value) < PLAIN_LIMIT;

/**
 * The digits of `magnitude` (≥ 0) rounded half up to `maxDigits` decimals, as Intl rounds: on
 * the shortest decimal that reads back as the same number (0.15 → "0.2", 1.005 → "1.01"), not on
 * its binary value as toFixed does.
 */
function roundedDigits(magnitude: number, maxDigits: number): [whole: string, fraction: string] {
  // Below 1e-6 String() writes an exponent; such a value rounds to 0 at any digits used here.
  if (magnitude < 1e-6) return ["0", ""];
  const [whole = "0", fraction = ""] = String(magnitude).split(".");
  if (fraction.length <= maxDigits) return [whole, fraction];
  const kept = (whole + fraction.slice(0, maxDigits)).split("");
  if (fraction[maxDigits]! >= "5") {
    let i = kept.length - 1;
    while (i >= 0 && kept[i] === "9") kept[i--] = "0";
    if (i >= 0) kept[i] = String(Number(kept[i]) + 1);
    else kept.unshift("1");
  }
  const digits = kept.join("");
  return [digits.slice(0, digits.length - maxDigits) || "0", digits.slice(digits.length - maxDigits)];
}

/**
 * `value` rounded half away from zero to `minDigits`..`maxDigits` decimals (trailing zeros
 * beyond the minimum dropped), digits grouped by three; a minus sign as Intl writes it.
 */
export function plainNumber(value: number, lang: Lang, maxDigits: number, minDigits = 0): string {
  const { group, decimal } = SEPARATORS[lang];
  const [whole, digits] = roundedDigits(Math.abs(value), maxDigits);
  let fraction = digits.padEnd(minDigits, "0");
  let end = fraction.length;
  while (end > minDigits && fraction[end - 1] === "0") end--;
  fraction = fraction.slice(0, end);
  let grouped = "";
  for (let i = whole.length; i > 0; i -= 3) grouped = whole.slice(Math.max(0, i - 3), i) + (grouped && group + grouped);
  const negative = value < 0 || Object.is(value, -0);
  return `${negative ? "-" : ""}${grouped}${fraction ? decimal + fraction : ""}`;
}

/** An amount in euros: "€ 97,50", "€ 9.553" (nl, a no-break space); "€97.50", "€9,553" (en). */
export function plainEuro(amount: number, lang: Lang): string {
  const digits = Number.isInteger(amount) ? 0 : 2;
  const number = plainNumber(Math.abs(amount), lang, digits, digits);
  const negative = amount < 0 || Object.is(amount, -0);
  if (lang === "nl") return `€\u00a0${negative ? "-" : ""}${number}`;
  return `${negative ? "-" : ""}€${number}`;
}

const MONTHS: Record<Lang, string[]> = {
  nl: ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
  en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"],
};

/** A day as "15 nov 2025" (nl) or "15 Sept 2025" (en); an impossible day rolls over as Date does. */
export function plainDay(date: Date, lang: Lang): string {
  return `${date.getUTCDate()} ${MONTHS[lang][date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}
