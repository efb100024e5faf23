// Numbers as Dutch pages print them: "9.553" is nine thousand, "70,50" is seventy and a half,
// "95,-" is ninety-five. English forms ("1,500", "92.50") are read where they cannot be Dutch.

/** A number token: digits with . or , groups and an optional ",-" (whole euros). */
export const NUMBER_PATTERN = String.raw`\d{1,6}(?:[.,]\d{1,3})*(?:,-{1,2}|\.-)?`;

const THOUSANDS = /^\d{1,3}(?:[.,]\d{3})+$/;

/** The value of a number token, or null when it is not one. */
export function parseDutchNumber(token: string): number | null {
  const t = token.trim().replace(/(?:,-{1,2}|\.-)$/, "");
  if (!/^\d+(?:[.,]\d+)*$/.test(t)) return null;
  const lastDot = t.lastIndexOf(".");
  const lastComma = t.lastIndexOf(",");
  if (lastDot >= 0 && lastComma >= 0) {
    // Both separators: the last one is the decimal mark ("1.234,56", "1,234.56").
    const decimal = lastDot > lastComma ? "." : ",";
    const grouping = decimal === "." ? "," : ".";
    return toNumber(t.split(grouping).join("").replace(decimal, "."));
  }
  const sep = lastDot >= 0 ? "." : lastComma >= 0 ? "," : "";
  if (sep === "") return toNumber(t);
  // "9.553", "1.250.000", "1,500": groups of three are thousands, unless the whole part is 0 ("0,800").
  if (THOUSANDS.test(t) && !t.startsWith("0")) return toNumber(t.split(sep).join(""));
  if (t.split(sep).length > 2) return null; // "1.2.3": a version, not a number
  return toNumber(t.replace(sep, "."));
}

function toNumber(s: string): number | null {
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}
