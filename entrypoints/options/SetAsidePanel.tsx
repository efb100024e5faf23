// Saved listings that could not be read were set aside, never thrown away (lib/storage). Here
// the user sees why, downloads them as they were stored, and discards them only on their word.
import { useState } from "preact/hooks";
import { currentTime } from "../../lib/browser/clock";
import { downloadText } from "../../lib/browser/files";
import { dismissSetAside, loadSetAside } from "../../lib/browser/items";
import { exportFileName } from "../../lib/forms/file-names";
import type { StoredSetAside } from "../../lib/storage/set-aside";
import { formatNumber } from "../../lib/format/facts";
import { useLang, useT } from "./lang";
import { ProblemList, Status, type StatusMessage } from "./Status";

export function SetAsidePanel({ setAside }: { setAside: readonly StoredSetAside[] }) {
  const tr = useT();
  const lang = useLang();
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState<StatusMessage>(null);
  if (setAside.length === 0) return status ? <Status message={status} /> : null;

  const download = async () => {
    const now = await currentTime();
    const name = exportFileName("setAside", now);
    // Read at the click, so the file holds exactly what storage keeps.
    const items = await loadSetAside();
    const file = { app: "opdrachtradar", kind: "set-aside", exportedAt: now.toISOString(), items };
    downloadText(name, `${JSON.stringify(file, null, 2)}\n`, "application/json");
    setStatus({ kind: "ok", text: tr("options_set_aside_downloaded", name) });
  };

  const discard = async () => {
    // Only the records the user was shown: one set aside since stays.
    await dismissSetAside(setAside.map((s) => s.key));
    setConfirming(false);
    setStatus({ kind: "ok", text: tr("options_set_aside_discarded") });
  };

  return (
    <section class="card card-warning" aria-labelledby="set-aside-heading">
      <h2 id="set-aside-heading">{tr("options_set_aside_heading", formatNumber(setAside.length, lang))}</h2>
      <p>{tr("options_set_aside_intro")}</p>
      <ProblemList problems={setAside.map((s) => s.problem)} />
      <div class="actions">
        <button type="button" class="button-secondary" onClick={download}>
          {tr("options_set_aside_download")}
        </button>
        {confirming ? (
          <>
            <span class="confirm-question">{tr("options_set_aside_confirm")}</span>
            <button type="button" class="button-danger" onClick={discard}>
              {tr("options_set_aside_confirm_yes")}
            </button>
            <button type="button" class="button-quiet" onClick={() => setConfirming(false)}>
              {tr("options_set_aside_cancel")}
            </button>
          </>
        ) : (
          <button type="button" class="button-quiet" onClick={() => setConfirming(true)}>
            {tr("options_set_aside_discard")}
          </button>
        )}
      </div>
      <Status message={status} />
    </section>
  );
}
