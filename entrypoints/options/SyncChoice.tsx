// Where the profile and settings live (issue 19): in the browser's sync (the start), or in this
// browser only. Says when the profile came from another browser (lib/browser/synced.ts).
import { useEffect, useState } from "preact/hooks";
import type { JSX } from "preact";
import { watchState } from "../../lib/browser/items";
import { profileOrigin, setKeepLocal } from "../../lib/browser/synced";
import { formatDay } from "../../lib/format/facts";
import { amsterdamParts } from "../../lib/model/dutch-time";
import { useLang, useT } from "./lang";

type Origin = Awaited<ReturnType<typeof profileOrigin>>;

export function SyncChoice({ hasProfile }: { hasProfile: boolean }) {
  const tr = useT();
  const lang = useLang();
  const [origin, setOrigin] = useState<Origin | null>(null);

  useEffect(() => {
    const load = () => void profileOrigin().then(setOrigin);
    load();
    return watchState(load);
  }, []);
  if (!origin) return null;

  const when = (iso: string) => {
    const parts = amsterdamParts(new Date(iso));
    return `${formatDay(parts.date, lang)} ${parts.time}`;
  };
  const line = origin.keepLocal
    ? tr("options_sync_local_only")
    : origin.fromOtherBrowser && origin.at
      ? tr("options_sync_from_other", when(origin.at))
      : hasProfile
        ? tr("options_sync_from_here")
        : null;

  return (
    <section class="card" aria-labelledby="sync-heading">
      <h2 id="sync-heading">{tr("options_sync_heading")}</h2>
      <p class="hint">{tr("options_sync_about")}</p>
      {line ? (
        <p class={origin.fromOtherBrowser && !origin.keepLocal ? "notice sync-origin" : "sync-origin"} role="status">
          {line}
        </p>
      ) : null}
      <label class="check">
        <input
          type="checkbox"
          checked={origin.keepLocal}
          onChange={(e: JSX.TargetedEvent<HTMLInputElement>) => void setKeepLocal(e.currentTarget.checked)}
        />
        {tr("options_sync_keep_local")}
      </label>
    </section>
  );
}
