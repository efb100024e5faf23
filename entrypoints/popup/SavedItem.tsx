// One saved listing: countdown, client, rate, broker, match, the user's status and note.
// Drawn from its head (the index); the match line needs the full record, passed in as `match`.
import { useEffect, useState } from "preact/hooks";
import { Countdown } from "../../components/Countdown";
import type { MatchView } from "../../components/match-types";
import { formatDay, formatRate } from "../../lib/format/facts";
import { t, type Lang } from "../../lib/i18n/t";
import type { ListingHead, SavedHead } from "../../lib/storage/saved-head";
import { savedStatus, type SavedStatus } from "../../lib/model/saved";
import { Elsewhere, MatchLine } from "./Summary";

export interface SavedItemProps {
  saved: SavedHead;
  /** "pending" while the full record is read: the line's room is kept, so nothing jumps. */
  match: MatchView | null | "pending";
  elsewhere: ListingHead[];
  lang: Lang;
  now: Date;
  onStatus(id: string, status: SavedStatus): void;
  onNote(id: string, note: string): void;
  onRemove(id: string): void;
}

const statusIcons: Record<SavedStatus, string> = {
  bewaard: "☆",
  reageren: "✎",
  gereageerd: "✉",
  afgewezen: "✗",
  gegund: "✓",
};

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
        {t(lang, "popup_note")}
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
  const title = listing.title ?? listing.url;
  const statusId = `status-${saved.id}`;
  return (
    <li class="saved-item">
      <a class="saved-title" href={listing.canonicalUrl ?? listing.url} target="_blank" rel="noreferrer">
        {title}
      </a>
      <div class="saved-meta">
        <span title={formatDay(listing.deadline, lang)}>
          <Countdown deadline={listing.deadline} now={props.now} lang={lang} />
        </span>
        <span class="sub">
          {[listing.client, listing.rate ? formatRate(listing.rate, lang) : null, listing.site]
            .filter(Boolean)
            .join(" · ")}
        </span>
      </div>
      {listing.status === "closed" ? <p class="sub">{t(lang, "panel_closed_notice")}</p> : null}
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
          onClick={() => props.onRemove(saved.id)}
        >
          {t(lang, "popup_remove")}
        </button>
      </div>
      <NoteField saved={saved} lang={lang} onNote={props.onNote} />
    </li>
  );
}
