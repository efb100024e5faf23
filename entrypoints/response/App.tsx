// "Reactie voorbereiden": one saved listing's response, prepared. Per eis and wens the verdict,
// the profile's evidence and a substantiation the user edits (saved as they type, per listing);
// what to hand in; the user's rate against the maximum; "Kopieer alles" and a print view.
// The listing comes from the address (?key=<listing key>, checked), everything else from storage.
import { useEffect, useMemo, useState } from "preact/hooks";
import { browser } from "wxt/browser";
import { Countdown } from "../../components/Countdown";
import { watchState } from "../../lib/browser/items";
import { updateResponseDraft, watchResponseDraft } from "../../lib/browser/response-drafts";
import { formatDay, formatNumber } from "../../lib/format/facts";
import { pickLang, t, type Lang } from "../../lib/i18n/t";
import { matchListing } from "../../lib/match/matcher";
import { resetDraftText, setChecked, setDraftText } from "../../lib/response/drafts";
import { requirementLabels } from "../../lib/response/labels";
import { keyFromSearch } from "../../lib/response/page-address";
import { responsePlainText } from "../../lib/response/plain-text";
import { compareRate } from "../../lib/response/rate";
import { rateText } from "../../lib/response/response-words";
import { responseView, type ResponseRow } from "../../lib/response/response-view";
import { useAutosave, type SaveState } from "./autosave";
import { Checklist } from "./Checklist";
import { loadLang, loadResponse, type Loaded } from "./load";
import { RequirementCard } from "./RequirementCard";

/** The outcome of "Kopieer alles", as a text key: it follows a change of language. */
type Notice = { kind: "ok" | "error"; key: string; detail?: string } | null;

function saveText(state: SaveState, lang: Lang): string {
  switch (state.kind) {
    case "idle":
      return "";
    case "saving":
      return t(lang, "response_saving");
    case "saved":
      return t(lang, "response_saved");
    case "failed":
      return t(lang, "response_save_failed", state.message);
  }
}

export function App() {
  const key = useMemo(() => keyFromSearch(location.search), []);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  /** What the user typed here, by requirement id: it stands until they take the draft back. */
  const [typed, setTyped] = useState<Record<string, string>>({});
  /** Ticks given here: shown at once, before the write comes back through storage. */
  const [ticked, setTicked] = useState<Record<string, boolean>>({});
  const [notice, setNotice] = useState<Notice>(null);
  const autosave = useAutosave();

  /** The user's language before (or without) a listing to load. */
  const [chosenLang, setChosenLang] = useState<Lang | null>(null);
  useEffect(() => {
    void loadLang().then(setChosenLang, () => undefined);
  }, []);

  useEffect(() => {
    if (!key) return;
    const reload = () =>
      loadResponse(key).then(setLoaded, (error: unknown) =>
        setFailure(error instanceof Error ? error.message : String(error)),
      );
    void reload();
    const stopState = watchState(() => void reload());
    const stopDraft = watchResponseDraft(key, () => void reload());
    return () => {
      stopState();
      stopDraft();
    };
  }, [key]);

  const lang: Lang = loaded?.lang ?? chosenLang ?? pickLang(browser.i18n.getUILanguage());
  const listing = loaded?.saved?.listing ?? null;
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${listing?.title ? `${listing.title} · ` : ""}${t(lang, "response_title")} · Opdrachtradar`;
  }, [lang, listing?.title]);

  const view = useMemo(() => {
    if (!loaded?.saved) return null;
    const { saved, profile, draft, now } = loaded;
    const match = profile ? matchListing(saved.listing, profile, { now, lang, overrides: saved.overrides }) : null;
    return responseView(saved.listing, match, profile, draft, lang);
  }, [loaded, lang]);

  if (!key) return <Shell lang={lang} message={t(lang, "response_bad_key")} />;
  if (failure) return <Shell lang={lang} message={t(lang, "response_load_failed", failure)} />;
  if (!loaded) return <Shell lang={lang} message={t(lang, "response_loading")} status />;
  if (!loaded.saved || !listing || !view) return <Shell lang={lang} message={t(lang, "response_not_saved")} />;

  const valueOf = (row: ResponseRow) => typed[row.id] ?? row.text;
  const rows = view.rows.map((row) => ({ ...row, text: valueOf(row) }));
  const labels = requirementLabels(listing.requirements);
  const rate = compareRate(loaded.profile?.minRate ?? null, listing.rate);
  const open = rows.filter((r) => r.text.trim() === "" || r.text.includes("…")).length;

  const onInput = (row: ResponseRow, text: string) => {
    setTyped((before) => ({ ...before, [row.id]: text }));
    autosave.schedule(row.id, () => updateResponseDraft(key, (cur, now) => setDraftText(cur, key, row.id, text, now)));
  };
  const onReset = (row: ResponseRow) => {
    setTyped((before) => {
      const next = { ...before };
      delete next[row.id];
      return next;
    });
    autosave.schedule(row.id, () => updateResponseDraft(key, (cur, now) => resetDraftText(cur, key, row.id, now)));
    autosave.flush(row.id);
    document.getElementById(`draft-${row.id}`)?.focus();
  };
  const checklist = view.checklist.map((item) => ({ ...item, checked: ticked[item.id] ?? item.checked }));
  const onCheck = (id: string, checked: boolean) => {
    setTicked((before) => ({ ...before, [id]: checked }));
    autosave.schedule(`check:${id}`, () =>
      updateResponseDraft(key, (cur, now) => setChecked(cur, key, id, checked, now)),
    );
    autosave.flush(`check:${id}`);
  };
  const copyAll = async () => {
    autosave.flush();
    const text = responsePlainText(listing, { rows, checklist }, rate, lang);
    try {
      await navigator.clipboard.writeText(text);
      setNotice({ kind: "ok", key: "response_copied" });
    } catch (error) {
      setNotice({
        kind: "error",
        key: "response_copy_failed",
        detail: error instanceof Error ? error.message : String(error),
      });
    }
  };

  const musts = rows.filter((r) => r.kind === "must");
  const nices = rows.filter((r) => r.kind === "nice");
  const section = (kind: "must" | "nice", list: ResponseRow[]) =>
    list.length === 0 ? null : (
      <section class="card reqs-card" aria-labelledby={`heading-${kind}`}>
        <h2 id={`heading-${kind}`}>
          {t(lang, kind === "must" ? "response_musts" : "response_nices")}{" "}
          <span class="count">({formatNumber(list.length, lang, 0)})</span>
        </h2>
        <ol class="reqs">
          {list.map((row) => (
            <RequirementCard
              key={row.id}
              row={row}
              value={row.text}
              lang={lang}
              onInput={(text) => onInput(row, text)}
              onBlur={() => autosave.flush(row.id)}
              onReset={() => onReset(row)}
            />
          ))}
        </ol>
      </section>
    );

  return (
    <main class="page">
      <header class="page-header">
        <p class="brand">
          Opdrachtradar · <span>{t(lang, "response_title")}</span>
        </p>
        <h1>{listing.title ?? listing.url}</h1>
        <p class="meta">{[listing.client, listing.site].filter(Boolean).join(" · ")}</p>
        <p class="deadline">
          <Countdown deadline={listing.deadline} status={listing.status} now={loaded.now} lang={lang} large />{" "}
          <span>
            {t(lang, "response_deadline")}: {formatDay(listing.deadline, lang)}
          </span>
        </p>
        <div class="toolbar no-print">
          <button type="button" class="button-primary" onClick={() => void copyAll()}>
            {t(lang, "response_copy_all")}
          </button>
          <button type="button" class="button-secondary" onClick={() => window.print()}>
            {t(lang, "response_print")}
          </button>
          <a class="button-secondary" href={listing.canonicalUrl ?? listing.url} target="_blank" rel="noreferrer">
            {t(lang, "response_open_listing")}
          </a>
        </div>
        <div class="statuses no-print">
          <p class={`notice-line ${notice ? `notice-${notice.kind}` : ""}`} role="status">
            {notice ? t(lang, notice.key, notice.detail ?? "") : ""}
          </p>
          <p class={`save-state save-${autosave.state.kind}`} role="status">
            {saveText(autosave.state, lang)}
          </p>
        </div>
      </header>
      {loaded.draftProblem ? (
        <p class="notice notice-warning" role="alert">
          {t(lang, "response_draft_problem")}
        </p>
      ) : null}
      {loaded.profile === null ? (
        <div class="notice notice-info no-print">
          <p>{t(lang, "response_no_profile")}</p>
          <button type="button" class="button-secondary" onClick={() => void browser.runtime.openOptionsPage()}>
            {t(lang, "response_open_profile")}
          </button>
        </div>
      ) : (
        <p class="intro no-print">{t(lang, "response_intro")}</p>
      )}
      {rows.length === 0 ? (
        <p class="card">{t(lang, "response_no_requirements")}</p>
      ) : (
        <p class="progress no-print">
          {open > 0
            ? t(lang, "response_progress", formatNumber(open, lang, 0), formatNumber(rows.length, lang, 0))
            : t(lang, "response_progress_done")}
        </p>
      )}
      {section("must", musts)}
      {section("nice", nices)}
      <div class="side-by-side">
        <section class="card" aria-labelledby="heading-rate">
          <h2 id="heading-rate">{t(lang, "response_rate_heading")}</h2>
          <p class={`rate rate-${rate.kind}`}>{rateText(rate, lang)}</p>
          <p class="hint">{t(lang, "response_rate_note")}</p>
        </section>
        <section class="card" aria-labelledby="heading-checklist">
          <h2 id="heading-checklist">{t(lang, "response_checklist_heading")}</h2>
          <Checklist items={checklist} labels={labels} lang={lang} onCheck={onCheck} />
        </section>
      </div>
    </main>
  );
}

/** The page with one message in place of the response (no key, not saved, loading, a failure). */
function Shell({ lang, message, status }: { lang: Lang; message: string; status?: boolean }) {
  return (
    <main class="page">
      <header class="page-header">
        <p class="brand">Opdrachtradar</p>
        <h1>{t(lang, "response_title")}</h1>
      </header>
      <p class={status ? "" : "notice notice-warning"} role={status ? "status" : "alert"}>
        {message}
      </p>
    </main>
  );
}
