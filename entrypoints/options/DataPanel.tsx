// The user's data: a full backup out and in, saved listings as CSV, open deadlines as ICS.
// Every export reads storage at the moment of the click, never the copy this page holds.
import { useState } from "preact/hooks";
import { currentTime } from "../../lib/browser/clock";
import { loadAppState, loadSaved } from "../../lib/browser/items";
import { savedListingsToCsv } from "../../lib/export/csv";
import { deadlinesToIcs } from "../../lib/export/ics";
import { exportFileName } from "../../lib/forms/file-names";
import { backupFileName, buildBackup } from "../../lib/storage/backup";
import { formatNumber } from "../../lib/format/facts";
import { BackupImport } from "./BackupImport";
import { downloadText } from "../../lib/browser/files";
import { useLang, useT } from "./lang";
import { Status, type StatusMessage } from "./Status";

async function savedInOrder() {
  const { listings } = await loadSaved();
  return [...listings].sort((a, b) => a.savedAt.localeCompare(b.savedAt));
}

export function DataPanel({ savedCount }: { savedCount: number }) {
  const tr = useT();
  const lang = useLang();
  const [status, setStatus] = useState<StatusMessage>(null);

  const exportAll = async () => {
    const now = await currentTime();
    const name = backupFileName(now);
    downloadText(name, `${JSON.stringify(buildBackup(await loadAppState(), now), null, 2)}\n`, "application/json");
    setStatus({ kind: "ok", text: tr("options_backup_exported", name) });
  };

  const exportCsv = async () => {
    const listings = await savedInOrder();
    if (listings.length === 0) return setStatus({ kind: "info", text: tr("options_nothing_saved") });
    const name = exportFileName("csv", await currentTime());
    downloadText(name, savedListingsToCsv(listings, lang), "text/csv;charset=utf-8");
    setStatus({ kind: "ok", text: tr("options_csv_exported", formatNumber(listings.length, lang), name) });
  };

  const exportIcs = async () => {
    const now = await currentTime();
    const result = deadlinesToIcs(await savedInOrder(), now, lang);
    const skipped = result.skipped.map((s) => tr("options_ics_skipped", `${s.id}: ${s.problem}`));
    if (result.events === 0) return setStatus({ kind: "info", text: tr("options_ics_none"), details: skipped });
    const name = exportFileName("ics", now);
    downloadText(name, result.text, "text/calendar;charset=utf-8");
    setStatus({
      kind: "ok",
      text: tr("options_ics_exported", formatNumber(result.events, lang), name),
      details: skipped,
    });
  };

  return (
    <section class="card" aria-labelledby="data-heading">
      <h2 id="data-heading">{tr("options_data_heading")}</h2>
      <p>{tr("options_data_intro")}</p>
      <p class="hint">{tr("options_data_counts", formatNumber(savedCount, lang))}</p>
      <div class="actions">
        <button type="button" class="button-secondary" onClick={exportAll}>
          {tr("options_backup_export")}
        </button>
        <BackupImport report={setStatus} />
      </div>
      <div class="actions">
        <button type="button" class="button-secondary" onClick={exportCsv}>
          {tr("options_csv_export")}
        </button>
        <button type="button" class="button-secondary" onClick={exportIcs}>
          {tr("options_ics_export")}
        </button>
      </div>
      <Status message={status} />
    </section>
  );
}
