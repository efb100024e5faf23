// One saved listing: countdown, client, rate, broker, match, the user's status and note.
// Drawn from its head (the index); the match line needs the full record, passed in as `match`.
// A removed listing leaves its undo in its place (RemovedItem); a listing whose status moved it
// to another tab stays where it was, saying where it went, until the user changes tab.
import { useEffect, useRef, useState } from "preact/hooks";
import type { MatchView } from "../../components/match-types";
import { openResponsePage } from "../../lib/browser/open-response";
import { formatDay, formatRate } from "../../lib/format/facts";
import { t, type Lang } from "../../lib/i18n/t";
import type { ListingHead, SavedHead } from "../../lib/storage/saved-head";
import { savedStatus, type SavedStatus } from "../../lib/model/saved";
import type { PopupTab } from "./list-view";
import { ListingCountdown } from "./ListingCountdown";
import { Elsewhere, MatchLine } from "./Summary";

export interface SavedItemProps {
  saved: SavedHead;
  /** "pending" while the full record is read: the line's room is kept, so nothing jumps. */
  match: MatchView | null | "pending";
  elsewhere: ListingHead[];
  lang: Lang;
  now: Date;
  /** The tab this listing moved to by a status change here, while the list still shows it. */
  movedTo: PopupTab | null;
  /** Takes the focus when drawn (a listing brought back by "Ongedaan maken"). */
  focus: boolean;
  onStatus(id: string, status: SavedStatus): void;
  onNote(id: string, note: string): void;
  onRemove(saved: SavedHead): void;
  onShowTab(tab: PopupTab): void;
}

const statusIcons: Record<SavedStatus, string> = {
  bewaard: "☆",
  reageren: "✎",
  gereageerd: "✉",
  afgewezen: "✗",
  gegund: "✓",
};

const titleOf = (saved: SavedHead) => saved.listing.title ?? saved.listing.url;

function NoteField({ saved, lang, onNote }: Pick<SavedItemProps, "saved" | "lang" | "onNote">) {
  const [draft, setDraft] = useState(saved.note);
  const [editing, setEditing] = useState(false);
  // A note changed elsewhere (another popup, an import) shows up unless the user is typing.
  useEffect(() => {
    if (!editing) setDraft(saved.note);
  }, [saved.note, editing]);
  const id = `note-${saved.id}`;
  return (
    <div class="note">
      <label for={id} class="visually-hidden">
        {t(lang, "popup_note", titleOf(saved))}
      </label>
      <textarea
        id={id}
        rows={draft.includes("\n") || draft.length > 50 ? 3 : 1}
        value={draft}
        placeholder={t(lang, "popup_note_placeholder")}
        onFocus={() => setEditing(true)}
        onInput={(event) => setDraft(event.currentTarget.value)}
        onBlur={() => {
          setEditing(false);
          if (draft !== saved.note) onNote(saved.id, draft);
        }}
      />
    </div>
  );
}

export function SavedItem(props: SavedItemProps) {
  const { saved, lang } = props;
  const { listing } = saved;
  const title = titleOf(saved);
  const statusId = `status-${saved.id}`;
  const link = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    if (props.focus) link.current?.focus();
  }, [props.focus]);
  return (
    <li class="saved-item" data-id={saved.id}>
      <a ref={link} class="saved-title" href={listing.canonicalUrl ?? listing.url} target="_blank" rel="noreferrer">
        {title}
      </a>
      <div class="saved-meta">
        <span title={`${t(lang, "panel_deadline")}: ${formatDay(listing.deadline, lang)}`}>
          <ListingCountdown listing={listing} now={props.now} lang={lang} />
        </span>
        <span class="sub">
          {[listing.client, listing.rate ? formatRate(listing.rate, lang) : null, listing.site]
            .filter(Boolean)
            .join(" · ")}
        </span>
      </div>
      {props.match === "pending" ? (
        <p class="or-summary match-line pending" aria-hidden="true">
          {"\u00a0"}
        </p>
      ) : props.match ? (
        <MatchLine match={props.match} lang={lang} />
      ) : null}
      <Elsewhere others={props.elsewhere} lang={lang} />
      <div class="saved-controls">
        <label class="status-field" for={statusId}>
          <span aria-hidden="true">{statusIcons[saved.status]} </span>
          {t(lang, "popup_status")}
        </label>
        <select
          id={statusId}
          value={saved.status}
          onChange={(event) => props.onStatus(saved.id, event.currentTarget.value as SavedStatus)}
        >
          {savedStatus.options.map((status) => (
            <option key={status} value={status}>
              {t(lang, `popup_status_${status}`)}
            </option>
          ))}
        </select>
        <button
          type="button"
          class="or-link remove"
          aria-label={t(lang, "popup_remove_named", title)}
          onClick={() => props.onRemove(saved)}
        >
          {t(lang, "popup_remove")}
        </button>
      </div>
      <div class="saved-response">
        <button
          type="button"
          class="or-link prepare-response"
          aria-label={t(lang, "popup_prepare_response_named", title)}
          onClick={() => void openResponsePage(saved.id).then(() => window.close())}
        >
          <span aria-hidden="true">✎ </span>
          {t(lang, "popup_prepare_response")}
        </button>
      </div>
      {/* Always in the page, so a screen reader hears the move when it happens. */}
      <div class="moved" role="status">
        {props.movedTo ? (
          <>
            <span>{t(lang, "popup_moved", t(lang, `popup_tab_${props.movedTo}`))}</span>{" "}
            <button type="button" class="or-link" onClick={() => props.onShowTab(props.movedTo!)}>
              {t(lang, "popup_moved_show")}
            </button>
          </>
        ) : null}
      </div>
      <NoteField saved={saved} lang={lang} onNote={props.onNote} />
    </li>
  );
}

/** What stands in a removed listing's place: what happened, and the way back (focused). */
export function RemovedItem(props: { saved: SavedHead; lang: Lang; restoring: boolean; onUndo(): void }) {
  const { saved, lang } = props;
  const button = useRef<HTMLButtonElement>(null);
  const textId = `removed-${saved.id}`;
  // The removed listing's Verwijderen button is gone: the focus goes to Ongedaan maken, here.
  useEffect(() => button.current?.focus(), []);
  return (
    <li class="removed-item" data-id={saved.id}>
      <p class="removed-text" role="status">
        <span id={textId}>{t(lang, "popup_removed", titleOf(saved))}</span>
      </p>
      <button
        ref={button}
        type="button"
        class="or-button undo-button"
        aria-describedby={textId}
        aria-disabled={props.restoring ? "true" : undefined}
        onClick={() => !props.restoring && props.onUndo()}
      >
        {t(lang, props.restoring ? "popup_restoring" : "popup_undo")}
      </button>
    </li>
  );
}
