// The saved listings: filters, the list by deadline, and the archive (closed, past, rejected
// or awarded) folded away underneath. Lists, filters and counts come from the heads (the
// index); only the items on screen read their full records, for the match line.
import type { MatchView } from "../../components/match-types";
import { t, type Lang } from "../../lib/i18n/t";
import { useMemo, useState } from "preact/hooks";
import { elsewhereIndex, savedView, type SavedFilter } from "../../lib/listings/saved-view";
import type { ListingHead, SavedHead } from "../../lib/storage/saved-head";
import type { SavedListing, SavedStatus } from "../../lib/model/saved";
import { Filters } from "./Filters";
import { useSavedRecords } from "./hooks";
import { SavedItem } from "./SavedItem";

export interface SavedListProps {
  /** The heads of every saved listing; a new array whenever storage changed. */
  all: SavedHead[];
  filter: SavedFilter;
  lang: Lang;
  now: Date;
  /** The match of a full record; null without a profile. */
  matchFor(saved: SavedListing): MatchView | null;
  /** Whether there is a profile to match against (so a match line is on its way). */
  matching: boolean;
  onFilter(filter: SavedFilter): void;
  onStatus(id: string, status: SavedStatus): void;
  onNote(id: string, note: string): void;
  onRemove(id: string): void;
}

/** How many items a list shows before "show more": the first render stays fast with 1,000 saved. */
const PAGE = 10;

function Items(props: SavedListProps & { list: SavedHead[]; elsewhere: (listing: ListingHead) => ListingHead[] }) {
  const [limit, setLimit] = useState(PAGE);
  const shown = props.list.slice(0, limit);
  // Re-read whenever storage changed (`all` is new then), so a match line follows its overrides.
  const records = useSavedRecords(
    shown.map((saved) => saved.id),
    props.all,
  );
  // Drawn at once from the heads; the match lines follow with the records, in room kept for them.
  return (
    <>
      <ul class="saved-list">
        {shown.map((saved) => {
          const record = records?.get(saved.id);
          return (
            <SavedItem
              key={saved.id}
              saved={saved}
              match={record ? props.matchFor(record) : props.matching ? "pending" : null}
              elsewhere={props.elsewhere(saved.listing)}
              lang={props.lang}
              now={props.now}
              onStatus={props.onStatus}
              onNote={props.onNote}
              onRemove={props.onRemove}
            />
          );
        })}
      </ul>
      {props.list.length > limit ? (
        <button type="button" class="or-link show-more" onClick={() => setLimit(limit + PAGE * 4)}>
          {t(props.lang, "popup_show_more", shown.length, props.list.length)}
        </button>
      ) : null}
    </>
  );
}

export function SavedList(props: SavedListProps) {
  const { lang } = props;
  const view = useMemo(() => savedView(props.all, props.filter, props.now), [props.all, props.filter, props.now]);
  const elsewhere = useMemo(() => elsewhereIndex(props.all), [props.all]);
  return (
    <section class="section" aria-labelledby="saved-heading">
      <h2 class="section-title" id="saved-heading">
        {t(lang, "popup_saved_heading")} <span class="count">({props.all.length})</span>
      </h2>
      {props.all.length === 0 ? (
        <p class="hint">{t(lang, "popup_saved_none")}</p>
      ) : (
        <>
          <Filters value={props.filter} counts={view.counts} lang={lang} onChange={props.onFilter} />
          {view.shown.length > 0 ? (
            <Items {...props} list={view.shown} elsewhere={elsewhere} />
          ) : (
            <p class="hint">{t(lang, `popup_empty_${props.filter}`)}</p>
          )}
          {view.archive.length > 0 ? (
            <details class="archive">
              <summary>
                {t(lang, "popup_archive")} <span class="count">({view.archive.length})</span>
              </summary>
              <Items {...props} list={view.archive} elsewhere={elsewhere} />
            </details>
          ) : null}
        </>
      )}
    </section>
  );
}
