// "Import everything": the backup is checked as a whole first (parseBackup); only then does the
// user choose to replace everything or to add the backup's listings to what is here.
import { useRef, useState } from "preact/hooks";
import { importBackup } from "../../lib/browser/items";
import { parseBackup, type AppState } from "../../lib/storage/backup";
import { takePickedFile } from "../../lib/browser/files";
import { useLang, useT } from "./lang";
import { formatDay, formatNumber } from "../../lib/format/facts";
import type { StatusMessage } from "./Status";

type Pending = { state: AppState; exportedAt: string };

export function BackupImport({ report }: { report: (message: StatusMessage) => void }) {
  const tr = useT();
  const lang = useLang();
  const num = (n: number) => formatNumber(n, lang);
  const picker = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<Pending | null>(null);

  const onPicked = async () => {
    const picked = picker.current && (await takePickedFile(picker.current));
    if (!picked) return;
    const result = parseBackup(picked.text);
    if (!result.ok) {
      setPending(null);
      report({ kind: "error", text: tr("options_import_failed", picked.name), details: result.errors });
      return;
    }
    setPending({ state: result.state, exportedAt: result.exportedAt });
    report(null);
  };

  // Each choice is one write, all or nothing, by the one writer (lib/browser/items.ts importBackup).
  const replace = async ({ state }: Pending) => {
    // A backup made before any profile existed leaves the current profile alone.
    await importBackup(state, "replace");
    setPending(null);
    report({ kind: "ok", text: tr("options_backup_replaced") });
  };

  const merge = async ({ state }: Pending) => {
    const result = await importBackup(state, "merge");
    setPending(null);
    report({
      kind: "ok",
      text: tr("options_backup_merged", num(result.added), num(result.replaced), num(result.kept)),
    });
  };

  return (
    <>
      <input ref={picker} id="backup-import" type="file" accept=".json,application/json" hidden onChange={onPicked} />
      <button type="button" class="button-secondary" onClick={() => picker.current?.click()}>
        {tr("options_backup_import")}
      </button>
      {pending && (
        <div class="notice choice" role="group" aria-labelledby="backup-choice">
          <p id="backup-choice">
            {tr(
              "options_backup_read",
              formatDay(pending.exportedAt.slice(0, 10), lang),
              num(Object.keys(pending.state.saved).length),
              tr(pending.state.profile ? "options_yes" : "options_no"),
            )}
          </p>
          <div class="choice-option">
            <button type="button" class="button-primary" onClick={() => replace(pending)}>
              {tr("options_backup_replace")}
            </button>
            <span class="hint">{tr("options_backup_replace_hint")}</span>
          </div>
          <div class="choice-option">
            <button type="button" class="button-secondary" onClick={() => merge(pending)}>
              {tr("options_backup_merge")}
            </button>
            <span class="hint">{tr("options_backup_merge_hint")}</span>
          </div>
          <button type="button" class="button-quiet" onClick={() => setPending(null)}>
            {tr("options_cancel")}
          </button>
        </div>
      )}
    </>
  );
}
