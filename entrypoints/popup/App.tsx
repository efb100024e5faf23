// The popup: the listing in the current tab, and every saved listing with a live countdown.
// Storage is re-read on every change (watchState); the clock ticks every 30 seconds. The list
// is drawn from the saved listings' heads (one small index); full records are read by id.
import { useEffect, useLayoutEffect, useState } from "preact/hooks";
import { browser } from "wxt/browser";
import { watchState } from "../../lib/browser/items";
import { formatNumber } from "../../lib/format/facts";
import { resolveLang, t } from "../../lib/i18n/t";
import { setZodLanguage } from "../../lib/i18n/zod-locale";
import { alsoElsewhere } from "../../lib/listings/saved-view";
import { type SavedListing } from "../../lib/model/saved";
import { listingKey } from "../../lib/model/listing-key";
import type { SavedHead } from "../../lib/storage/saved-head";
import { removeSaved, restoreSaved, setNote, setStatus, saveListing, turnOnSite } from "./actions";
import { CurrentListing } from "./CurrentListing";
import { AlwaysOnSite } from "./AlwaysOnSite";
import { addableOrigin } from "../../lib/user-sites";
import { isSiteUrl } from "../../lib/sites";
import { ExportMenu } from "./ExportMenu";
import type { PopupTab } from "./list-view";
import { matchOf } from "./match";
import { SavedList } from "./SavedList";
import { useCurrentTab, useNow, useSavedRecords } from "./hooks";
import { loadStored, type Stored } from "./stored";

const openOptions = () => void browser.runtime.openOptionsPage();

const hostOf = (url: string | undefined): string | null => (url && URL.canParse(url) ? new URL(url).hostname : null);

/** A removal the user can still undo: where it was made, and the record as it was. */
interface Removal {
  saved: SavedHead;
  /** Its index among all saved listings: where its undo stands, and where it comes back. */
  index: number;
  /** In the saved list (its undo takes the listing's place) or on the current listing's card. */
  where: "list" | "current";
  record: Promise<SavedListing | null>;
  restoring: boolean;
}

export function App({ initial }: { initial: Promise<Stored> }) {
  const [stored, setStored] = useState<Stored | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [tab, setTab] = useState<PopupTab>("todo");
  const [removal, setRemoval] = useState<Removal | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const now = useNow();
  const { current, analysed, analyse, tab: currentTab, userSites } = useCurrentTab();
  // "Altijd op deze site": on an http(s) page of a site neither built in nor added yet.
  const addable = addableOrigin(currentTab?.url);
  const offerSite = addable !== null && !isSiteUrl(currentTab?.url, userSites) && current.kind !== "loading";
  const currentListing = current.kind === "listing" ? current.listing : null;
  const currentId = currentListing ? listingKey(currentListing) : null;
  // The current listing's saved record: its overrides count in its match.
  const currentHead = currentId === null ? undefined : stored?.saved.find((s) => s.id === currentId);
  const currentIsSaved = currentHead !== undefined;
  const currentRecords = useSavedRecords(currentIsSaved ? [currentId!] : [], stored?.saved);

  // A layout effect: Preact runs plain effects after the next frame, which in a popup that is
  // still opening can be 100 ms away; storage is read at once instead.
  useLayoutEffect(() => {
    const show = (load: Promise<Stored>) => load.then(setStored, (error: unknown) => setFailure(String(error)));
    const reload = () => show(loadStored());
    void show(initial);
    return watchState(() => void reload());
  }, []);

  const lang = resolveLang(stored?.settings.lang ?? "auto", browser.i18n.getUILanguage());
  // The tab's site when the user switched the panel off there ("Uitzetten op …" in the panel).
  const tabHost = hostOf(current.kind === "listing" ? current.listing.url : "url" in current ? current.url : undefined);
  const offHere = tabHost && stored?.settings.disabledSites.includes(tabHost) ? tabHost : null;
  // Checks made from here on (a record read again, the current listing) word their problems in this language.
  setZodLanguage(lang);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  // An undone removal ends once the listing is back in the list; it then takes the focus.
  const restoredId =
    removal?.restoring && stored?.saved.some((s) => s.id === removal.saved.id) ? removal.saved.id : null;
  const restoredInList = removal?.where === "list";
  useEffect(() => {
    if (restoredId === null) return;
    setRemoval(null);
    // In the list the undo button is gone with the notice: the listing itself takes the focus.
    // On the current listing's card the save button, still there, keeps it.
    if (restoredInList) setFocusId(restoredId);
  }, [restoredId]);

  if (failure)
    return (
      <p class="notice" role="alert">
        {t(lang, "popup_load_failed", failure)}
      </p>
    );
  if (!stored || !now) return <p class="hint loading">{t(lang, "popup_loading")}</p>;

  const { saved, profile } = stored;
  const currentRecord = currentId ? currentRecords?.get(currentId) : undefined;
  const remove = (head: SavedHead, where: Removal["where"]) => {
    setFocusId(null);
    const record = removeSaved(head.id).catch((error: unknown) => {
      console.warn("[opdrachtradar] remove failed", error);
      return null;
    });
    setRemoval({ saved: head, index: saved.findIndex((s) => s.id === head.id), where, record, restoring: false });
  };
  const undo = () => {
    if (!removal || removal.restoring) return;
    const was = removal;
    setRemoval({ ...was, restoring: true });
    void was.record
      .then((record) => (record ? restoreSaved(record) : undefined))
      .catch((error: unknown) => console.warn("[opdrachtradar] undo failed", error))
      .finally(() => {
        // Back in the list: the effect above ends the removal. Nothing came back: end it here.
        void loadStored().then((fresh) => {
          if (!fresh.saved.some((s) => s.id === was.saved.id)) setRemoval(null);
        });
      });
  };
  const changeTab = (next: PopupTab) => {
    setTab(next);
    // The undo stands in the removed listing's place, which another tab does not show.
    if (removal?.where === "list") setRemoval(null);
    setFocusId(null);
  };

  return (
    <div class="popup">
      <header class="popup-header">
        <h1 class="brand">
          <span aria-hidden="true">◎ </span>Opdrachtradar
        </h1>
      </header>
      <main class="popup-main">
        {stored.problems.length > 0 ? (
          <p class="notice warning" role="alert">
            <span aria-hidden="true">⚠ </span>
            {t(lang, "popup_problems", formatNumber(stored.problems.length, lang))}{" "}
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
          undo={
            removal?.where === "current" && removal.saved.id === currentId
              ? {
                  title: removal.saved.listing.title ?? removal.saved.listing.url,
                  restoring: removal.restoring,
                  run: undo,
                }
              : null
          }
          onToggleSaved={() => {
            // Unsaving goes through remove, so the note and status can be brought back.
            if (currentHead) remove(currentHead, "current");
            else if (currentListing) void saveListing(currentListing).then(() => setRemoval(null));
          }}
          onAnalyse={analyse}
          onOpenOptions={openOptions}
          offHere={offHere}
          onTurnOnHere={() => offHere && void turnOnSite(offHere)}
          userSites={userSites}
        >
          {offerSite ? <AlwaysOnSite origin={addable} lang={lang} onAnalyse={analyse} /> : null}
        </CurrentListing>
        <SavedList
          all={saved}
          tab={tab}
          lang={lang}
          now={now}
          matchFor={(record) => matchOf(record.listing, profile, { now, lang, overrides: record.overrides })}
          matching={profile !== null}
          removal={removal?.where === "list" ? removal : null}
          focusId={focusId}
          onTab={changeTab}
          onStatus={(id, status) => void setStatus(id, status)}
          onNote={(id, note) => void setNote(id, note)}
          onRemove={(head) => remove(head, "list")}
          onUndo={undo}
        />
      </main>
      <ExportMenu lang={lang} onOpenOptions={openOptions} />
    </div>
  );
}
