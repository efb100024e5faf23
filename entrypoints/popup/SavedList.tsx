// The saved listings: three tabs that split them (list-view.ts: te doen, gereageerd, archief),
// each list by closing date. Lists, tabs and counts come from the heads (the index); only the
// items on screen read their full records, for the match line.
import type { MatchView } from "../../components/match-types";
import { formatNumber } from "../../lib/format/facts";
import { t, type Lang } from "../../lib/i18n/t";
import { useMemo, useState } from "preact/hooks";
import { elsewhereIndex } from "../../lib/listings/saved-view";
import type { ListingHead, SavedHead } from "../../lib/storage/saved-head";
import type { SavedListing, SavedStatus } from "../../lib/model/saved";
import { Filters } from "./Filters";
import { useSavedRecords } from "./hooks";
import { popupListView, tabOf, type PopupTab } from "./list-view";
import { RemovedItem, SavedItem } from "./SavedItem";

/** A listing removed from the list, whose undo stands in its place. */
export interface ListRemoval {
  saved: SavedHead;
  /** Its index among all saved listings when it was removed: where it goes back in the list. */
  index: number;
  /** Undo was clicked; the listing is on its way back. */
  restoring: boolean;
}

export interface SavedListProps {
  /** The heads of every saved listing; a new array whenever storage changed. */
  all: SavedHead[];
  tab: PopupTab;
  lang: Lang;
  now: Date;
  /** The match of a full record; null without a profile. */
  matchFor(saved: SavedListing): MatchView | null;
  /** Whether there is a profile to match against (so a match line is on its way). */
  matching: boolean;
  removal: ListRemoval | null;
  /** The listing to take the focus (one just brought back). */
  focusId: string | null;
  onTab(tab: PopupTab): void;
  onStatus(id: string, status: SavedStatus): void;
  onNote(id: string, note: string): void;
  onRemove(saved: SavedHead): void;
  onUndo(): void;
}

const noIds: ReadonlySet<string> = new Set();

/** How many items a list shows before "show more": the first render stays fast with 1,000 saved. */
const PAGE = 10;
/** How many more each "show more" adds. */
const MORE = PAGE * 4;

type ItemsProps = SavedListProps & {
  list: SavedHead[];
  elsewhere: (listing: ListingHead) => ListingHead[];
  /** Listings shown here although their status moved them to another tab. */
  moved: ReadonlySet<string>;
};

function Items(props: ItemsProps) {
  const [limit, setLimit] = useState(PAGE);
  const shown = props.list.slice(0, limit);
  const removedId = props.removal?.saved.id ?? null;
  // Re-read whenever storage changed (`all` is new then), so a match line follows its overrides.
  const records = useSavedRecords(
    shown.filter((saved) => saved.id !== removedId).map((saved) => saved.id),
    props.all,
  );
  const left = props.list.length - shown.length;
  // Drawn at once from the heads; the match lines follow with the records, in room kept for them.
  return (
    <>
      <ul class="saved-list">
        {shown.map((saved) => {
          if (saved.id === removedId)
            return (
              <RemovedItem
                key={`removed:${saved.id}`}
                saved={saved}
                lang={props.lang}
                restoring={props.removal!.restoring}
                onUndo={props.onUndo}
              />
            );
          const record = records?.get(saved.id);
          const where = props.moved.has(saved.id) ? tabOf(saved, props.now) : props.tab;
          return (
            <SavedItem
              key={saved.id}
              saved={saved}
              match={record ? props.matchFor(record) : props.matching ? "pending" : null}
              elsewhere={props.elsewhere(saved.listing)}
              lang={props.lang}
              now={props.now}
              movedTo={where === props.tab ? null : where}
              focus={props.focusId === saved.id}
              onStatus={props.onStatus}
              onNote={props.onNote}
              onRemove={props.onRemove}
              onShowTab={props.onTab}
            />
          );
        })}
      </ul>
      {left > 0 ? (
        <button type="button" class="or-link show-more" onClick={() => setLimit(limit + MORE)}>
          {t(
            props.lang,
            "popup_show_more",
            formatNumber(Math.min(left, MORE), props.lang),
            formatNumber(shown.length, props.lang),
            formatNumber(props.list.length, props.lang),
          )}
        </button>
      ) : null}
    </>
  );
}

function TabAbout({ tab, lang, closingThisWeek }: { tab: PopupTab; lang: Lang; closingThisWeek: number }) {
  const week =
    tab !== "todo" || closingThisWeek === 0
      ? null
      : closingThisWeek === 1
        ? t(lang, "popup_week_one")
        : t(lang, "popup_week_many", formatNumber(closingThisWeek, lang));
  return (
    <p class="hint tab-about">
      {t(lang, `popup_about_${tab}`)}
      {week ? ` ${week}` : null}
    </p>
  );
}

export function SavedList(props: SavedListProps) {
  const { lang, tab } = props;
  // Listings whose status was changed here: they stay in view (saying where they went) until
  // the user picks another tab.
  const [changed, setChanged] = useState<{ tab: PopupTab; ids: ReadonlySet<string> }>({ tab, ids: new Set() });
  const moved = changed.tab === tab ? changed.ids : noIds;
  const removal = props.removal;
  const view = useMemo(() => {
    if (!removal) return { ...popupListView(props.all, tab, props.now, { keep: moved }), total: props.all.length };
    // The removed listing keeps its place (its undo stands there) but is no longer counted.
    const id = removal.saved.id;
    const list = props.all.filter((s) => s.id !== id);
    const total = list.length;
    list.splice(Math.min(removal.index, list.length), 0, removal.saved);
    const keep = new Set(moved).add(id);
    return { ...popupListView(list, tab, props.now, { keep, uncounted: id }), total };
  }, [props.all, tab, props.now, moved, removal]);
  const elsewhere = useMemo(() => elsewhereIndex(props.all), [props.all]);
  const onTab = (next: PopupTab) => {
    setChanged({ tab: next, ids: noIds });
    props.onTab(next);
  };
  const onStatus = (id: string, status: SavedStatus) => {
    setChanged((was) => ({ tab, ids: new Set(was.tab === tab ? was.ids : []).add(id) }));
    props.onStatus(id, status);
  };
  return (
    <section class="section" aria-labelledby="saved-heading">
      <h2 class="section-title" id="saved-heading">
        {t(lang, "popup_saved_heading")} <span class="count">({formatNumber(view.total, lang)})</span>
      </h2>
      {view.total === 0 && !removal ? (
        <p class="hint">{t(lang, "popup_saved_none")}</p>
      ) : (
        <>
          <Filters value={tab} counts={view.counts} lang={lang} onChange={onTab} />
          <TabAbout tab={tab} lang={lang} closingThisWeek={view.closingThisWeek} />
          {view.shown.length > 0 ? (
            <Items
              {...props}
              key={tab}
              onTab={onTab}
              onStatus={onStatus}
              list={view.shown}
              elsewhere={elsewhere}
              moved={moved}
            />
          ) : (
            <p class="hint empty">{t(lang, `popup_empty_${tab}`)}</p>
          )}
        </>
      )}
    </section>
  );
}
