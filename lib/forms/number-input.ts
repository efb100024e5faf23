// Numbers as a Dutch user types them: "2,5", "2.5", "€ 85", "1.250". The inputs are text
// fields (not type=number) because Chrome's number field reports "abc" as an empty value,
// and an invalid entry must get a message rather than silently clear the field.
import { fieldError, type FieldError } from "./field-error";

export type NumberInput = { kind: "empty" } | { kind: "number"; value: number } | { kind: "invalid" };

const plain = /^\d+(?:[.,]\d+)?$/;
// "1.250" or "1.250,50": dots that group thousands, a comma for decimals.
const groupedDutch = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;

export function parseNumberInput(text: string): NumberInput {
  const cleaned = text.trim().replace(/^€\s*/, "").replace(/\s+/g, "");
  if (cleaned === "") return { kind: "empty" };
  if (groupedDutch.test(cleaned))
    return { kind: "number", value: Number(cleaned.replace(/\./g, "").replace(",", ".")) };
  if (plain.test(cleaned)) return { kind: "number", value: Number(cleaned.replace(",", ".")) };
  return { kind: "invalid" };
}

export type NumberRule = { min: number; max: number; whole?: boolean; required?: boolean };

/** The number in `text`, or the message for the field; `null` for an allowed empty field. */
export function readNumber(text: string, rule: NumberRule): { value: number | null } | { error: FieldError } {
  const parsed = parseNumberInput(text);
  if (parsed.kind === "empty") return rule.required ? { error: fieldError("options_err_required") } : { value: null };
  if (parsed.kind === "invalid")
    return { error: fieldError(rule.whole ? "options_err_whole_number" : "options_err_number") };
  if (rule.whole && !Number.isInteger(parsed.value)) return { error: fieldError("options_err_whole_number") };
  if (parsed.value < rule.min || parsed.value > rule.max)
    return { error: fieldError("options_err_range", rule.min, rule.max) };
  return { value: parsed.value };
}

/** A number as the field shows it: Dutch decimal comma, no grouping ("2,5", "140"). */
export function formatNumberInput(value: number | null | undefined): string {
  return value === null || value === undefined ? "" : String(value).replace(".", ",");
}
