// The profile form's certificates and registrations (with an optional valid-until date) and
// languages (with an optional level), as the inputs hold them, and their validation. Blank rows
// are dropped; an empty list is left out of the profile, as in profiles stored before.
import type { Certificate, Language, LanguageLevel } from "../model/profile";
import { formatDayInput, parseDayInput } from "./date-input";
import { fieldError, type FieldErrors } from "./field-error";
import { newRowKey } from "./profile-rows";

export type CertificateDraft = { key: string; name: string; validUntil: string };
export type LanguageLevelChoice = LanguageLevel | "";
export type LanguageDraft = { key: string; name: string; level: LanguageLevelChoice };

export const LANGUAGE_LEVELS: LanguageLevelChoice[] = ["", "A1", "A2", "B1", "B2", "C1", "C2", "moedertaal"];

export const emptyCertificate = (): CertificateDraft => ({ key: newRowKey(), name: "", validUntil: "" });
export const emptyLanguage = (): LanguageDraft => ({ key: newRowKey(), name: "", level: "" });

export const certificateToDraft = (c: Certificate): CertificateDraft => ({
  key: newRowKey(),
  name: c.name,
  validUntil: formatDayInput(c.validUntil ?? null),
});

export const languageToDraft = (l: Language): LanguageDraft => ({
  key: newRowKey(),
  name: l.name,
  level: l.level ?? "",
});

const tidy = (text: string) => text.trim().replace(/\s+/g, " ");

export function readCertificates(rows: readonly CertificateDraft[], errors: FieldErrors): Certificate[] {
  const out: Certificate[] = [];
  rows.forEach((row, i) => {
    const name = tidy(row.name);
    if (!name && !row.validUntil.trim()) return;
    const at = `certificates.${i}`;
    if (!name) errors[`${at}.name`] = fieldError("options_err_required");
    const until = parseDayInput(row.validUntil);
    if (until === "invalid") errors[`${at}.validUntil`] = fieldError("options_err_date");
    if (name && until !== "invalid") out.push(until ? { name, validUntil: until } : { name });
  });
  return out;
}

export function readLanguages(rows: readonly LanguageDraft[], errors: FieldErrors): Language[] {
  const out: Language[] = [];
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    const name = tidy(row.name);
    if (!name && !row.level) return;
    const at = `languages.${i}`;
    if (!name) errors[`${at}.name`] = fieldError("options_err_required");
    else if (seen.has(name.toLowerCase())) errors[`${at}.name`] = fieldError("options_err_language_twice", name);
    else {
      seen.add(name.toLowerCase());
      out.push(row.level ? { name, level: row.level } : { name });
    }
  });
  return out;
}

/** Field paths of the rows, in page order. */
export function credentialFieldOrder(certificates: readonly unknown[], languages: readonly unknown[]): string[] {
  return [
    ...certificates.flatMap((_, i) => [`certificates.${i}.name`, `certificates.${i}.validUntil`]),
    ...languages.map((_, i) => `languages.${i}.name`),
  ];
}
