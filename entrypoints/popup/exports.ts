// The three exports, reading storage at the moment of the click: a full JSON backup, the
// saved listings as CSV, the open deadlines as a calendar (ICS). Returns what happened.
import { currentTime } from "../../lib/browser/clock";
import { loadAppState, loadSaved } from "../../lib/browser/items";
import { savedListingsToCsv } from "../../lib/export/csv";
import { deadlinesToIcs } from "../../lib/export/ics";
import { exportFileName } from "../../lib/forms/file-names";
import { t, type Lang } from "../../lib/i18n/t";
import { sortByDeadline } from "../../lib/listings/saved-view";
import { backupFileName, buildBackup } from "../../lib/storage/backup";
import { downloadText } from "../../lib/browser/files";

/** The popup's export menu: the JSON backup, the saved listings as CSV, the deadlines as ICS. */
export type PopupExport = "json" | "csv" | "ics";

async function exportJson(lang: Lang): Promise<string> {
  const now = await currentTime();
  const name = backupFileName(now);
  downloadText(name, `${JSON.stringify(buildBackup(await loadAppState(), now), null, 2)}\n`, "application/json");
  return t(lang, "popup_exported", name);
}

async function exportCsv(lang: Lang): Promise<string> {
  const { listings } = await loadSaved();
  if (listings.length === 0) return t(lang, "popup_saved_none");
  const name = exportFileName("csv", await currentTime());
  downloadText(name, savedListingsToCsv(sortByDeadline(listings), lang), "text/csv;charset=utf-8");
  return t(lang, "popup_exported", name);
}

async function exportIcs(lang: Lang): Promise<string> {
  const now = await currentTime();
  const result = deadlinesToIcs(sortByDeadline((await loadSaved()).listings), now, lang);
  if (result.events === 0) return t(lang, "popup_ics_none");
  const name = exportFileName("ics", now);
  downloadText(name, result.text, "text/calendar;charset=utf-8");
  return t(lang, "popup_exported", name);
}

const exporters: Record<PopupExport, (lang: Lang) => Promise<string>> = {
  json: exportJson,
  csv: exportCsv,
  ics: exportIcs,
};

export function runExport(kind: PopupExport, lang: Lang): Promise<string> {
  return exporters[kind](lang);
}
