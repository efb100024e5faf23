// The footer: the options page, and the exports behind one fold.
import { useState } from "preact/hooks";
import { t, type Lang } from "../../lib/i18n/t";
import { runExport, type PopupExport } from "./exports";

const kinds: PopupExport[] = ["json", "csv", "ics"];

export function ExportMenu({ lang, onOpenOptions }: { lang: Lang; onOpenOptions(): void }) {
  const [outcome, setOutcome] = useState("");
  const run = (kind: PopupExport) =>
    runExport(kind, lang).then(setOutcome, (error: unknown) =>
      setOutcome(t(lang, "popup_export_failed", String(error))),
    );
  return (
    <footer class="footer">
      <div class="footer-row">
        <button type="button" class="or-link footer-link" onClick={onOpenOptions}>
          <span aria-hidden="true">⚙ </span>
          {t(lang, "popup_options")}
        </button>
        <details class="exports">
          <summary>{t(lang, "popup_export")}</summary>
          <div class="export-buttons">
            {kinds.map((kind) => (
              <button key={kind} type="button" class="secondary-button" onClick={() => void run(kind)}>
                {t(lang, `popup_export_${kind}`)}
              </button>
            ))}
          </div>
        </details>
      </div>
      <p class="export-outcome" role="status" aria-live="polite">
        {outcome}
      </p>
    </footer>
  );
}
