// Saved listings as a CSV file for a spreadsheet. Column names and the user's status follow
// the chosen language; the delimiter is ";" for Dutch (Dutch Excel splits on ";" and would put
// a ","-file in one column) and "," for English, overridable.
import Papa from "papaparse";
import type { Lang } from "../i18n/t";
import type { SavedListing } from "../model/saved";
import { cleanText } from "./clean-text";
import { plainDeadline, plainHours, plainRate, plainStatus } from "./plain-text";

const columns = ["titel", "opdrachtgever", "locatie", "tarief", "uren", "deadline", "status", "notitie", "url", "site"];
const headings: Record<Lang, string[]> = {
  nl: columns,
  en: ["title", "client", "location", "rate", "hours", "deadline", "status", "note", "url", "site"],
};

/**
 * Cells a spreadsheet could run as a formula. Papaparse's own `escapeFormulae: true` pattern
 * ends in `.*$` without the s flag, so a multi-line note starting with "=" slipped through.
 */
const formulaStart = /^[=+\-@\t\r\n]/;

function row(saved: SavedListing, lang: Lang): string[] {
  const { listing } = saved;
  return [
    listing.title ?? "",
    listing.client ?? "",
    listing.location ?? "",
    plainRate(listing.rate, lang),
    plainHours(listing.hoursPerWeek),
    plainDeadline(listing.deadline),
    plainStatus(saved.status, lang),
    saved.note,
    listing.canonicalUrl ?? listing.url,
    listing.site ?? "",
  ].map((cell) => cleanText(cell, "cell"));
}

export type CsvOptions = { delimiter?: string; bom?: boolean };

/**
 * One row per saved listing, in the order given. Starts with a UTF-8 byte order mark (unless
 * `bom: false`) so that Excel reads "€" and "ë" correctly; lines end in CRLF.
 */
export function savedListingsToCsv(saved: readonly SavedListing[], lang: Lang, options: CsvOptions = {}): string {
  const csv = Papa.unparse(
    { fields: headings[lang], data: saved.map((s) => row(s, lang)) },
    { delimiter: options.delimiter ?? (lang === "nl" ? ";" : ","), newline: "\r\n", escapeFormulae: formulaStart },
  );
  return (options.bom === false ? "" : "\uFEFF") + csv;
}
