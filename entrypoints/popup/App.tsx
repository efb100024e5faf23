// The popup: the listing in the current tab, and every saved listing with a live countdown.
// Storage is re-read on every change (watchState); the clock ticks every 30 seconds. The list
// is drawn from the saved listings' heads (one small index); full records are read by id.
import { useEffect, useLayoutEffect, useState } from "preact/hooks";
import { browser } from "wxt/browser";
import { watchState } from "../../lib/browser/items";
import { resolveLang, t } from "../../lib/i18n/t";
import { alsoElsewhere, type SavedFilter } from "../../lib/listings/saved-view";
import { type SavedListing } from "../../lib/model/saved";
import { listingKey } from "../../lib/model/listing-key";
import { removeSaved, restoreSaved, setNote, setStatus, saveListing } from "./actions";
import { CurrentListing } from "./CurrentListing";
import { ExportMenu } from "./ExportMenu";
import { matchOf } from "./match";
import { SavedList } from "./SavedList";
import { useCurrentTab, useNow, useSavedRecords } from "./hooks";
import { loadStored, type Stored } from "./stored";

const openOptions = () => void browser.runtime.openOptionsPage();

export function App({ initial }: { initial: Promise<Stored> }) {
  const [stored, setStored] = useState<Stored | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [filter, setFilter] = useState<SavedFilter>("open");
  const [removed, setRemoved] = useState<SavedListing | null>(null);
  const now = useNow();
  const { current, analysed, analyse } = useCurrentTab();
  const currentListing = current.kind === "listing" ? current.listing : null;
  const currentId = currentListing ? listingKey(currentListing) : null;
  // The current listing's saved record: its overrides count in its match.
  const currentIsSaved = currentId !== null && (stored?.saved.some((s) => s.id === currentId) ?? false);
  const currentRecords = useSavedRecords(currentIsSaved ? [currentId] : [], stored?.saved);

  // A layout effect: Preact runs plain effects after the next frame, which in a popup that is
  // still opening can be 100 ms away; storage is read at once instead.
  useLayoutEffect(() => {
    const show = (load: Promise<Stored>) => load.then(setStored, (error: unknown) => setFailure(String(error)));
    const reload = () => show(loadStored());
    void show(initial);
    return watchState(() => void reload());
  }, []);

  const lang = resolveLang(stored?.settings.lang ?? "auto", browser.i18n.getUILanguage());
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  if (failure)
    return (
      <p class="notice" role="alert">
        {t(lang, "popup_load_failed", failure)}
      </p>
    );
  if (!stored || !now) return <p class="hint loading">{t(lang, "popup_loading")}</p>;

  const { saved, profile } = stored;
  const currentRecord = currentId ? currentRecords?.get(currentId) : undefined;
  const remove = (id: string) => void removeSaved(id).then((record) => setRemoved(record));

  return (
    <div class="popup">
      <header class="popup-header">
        <span class="brand">
          <span aria-hidden="true">◎ </span>Opdrachtradar
        </span>
      </header>
      <main class="popup-main">
        {stored.problems.length > 0 ? (
          <p class="notice warning" role="alert">
            <span aria-hidden="true">⚠ </span>
            {t(lang, "popup_problems", stored.problems.length)}{" "}
            <button type="button" class="or-link" onClick={openOptions}>
              {t(lang, "popup_problems_show")}
            </button>
          </p>
        ) : null}
        <CurrentListing
          state={current}
          analysed={analysed}
          lang={lang}
          now={now}
          match={
            currentListing ? matchOf(currentListing, profile, { now, lang, overrides: currentRecord?.overrides }) : null
          }
          saved={currentIsSaved}
          elsewhere={currentListing ? alsoElsewhere(currentListing, saved) : []}
          onToggleSaved={() => {
            // Unsaving goes through remove, so the note and status can be brought back.
            if (currentIsSaved) remove(currentId);
            else if (currentListing) void saveListing(currentListing);
          }}
          onAnalyse={analyse}
          onOpenOptions={openOptions}
        />
        {removed ? (
          <p class="notice undo" role="status">
            {t(lang, "popup_removed", removed.listing.title ?? removed.listing.url)}{" "}
            <button
              type="button"
              class="or-link"
              onClick={() => void restoreSaved(removed).then(() => setRemoved(null))}
            >
              {t(lang, "popup_undo")}
            </button>
          </p>
        ) : null}
        <SavedList
          all={saved}
          filter={filter}
          lang={lang}
          now={now}
          matchFor={(record) => matchOf(record.listing, profile, { now, lang, overrides: record.overrides })}
          matching={profile !== null}
          onFilter={setFilter}
          onStatus={(id, status) => void setStatus(id, status)}
          onNote={(id, note) => void setNote(id, note)}
          onRemove={remove}
        />
      </main>
      <ExportMenu lang={lang} onOpenOptions={openOptions} />
    </div>
  );
}
