// Which saved listings to show: open, closing this week, or all that are not archived.
import { t, type Lang } from "../../lib/i18n/t";
import { savedFilters, type SavedFilter } from "../../lib/listings/saved-view";

export function Filters(props: {
  value: SavedFilter;
  counts: Record<SavedFilter, number>;
  lang: Lang;
  onChange(filter: SavedFilter): void;
}) {
  const { lang } = props;
  return (
    <fieldset class="filters">
      <legend class="visually-hidden">{t(lang, "popup_filter_legend")}</legend>
      {savedFilters.map((filter) => (
        <label key={filter} class={`filter${props.value === filter ? " filter-on" : ""}`}>
          <input
            type="radio"
            name="saved-filter"
            value={filter}
            checked={props.value === filter}
            onChange={() => props.onChange(filter)}
          />
          {t(lang, `popup_filter_${filter}`)} <span class="count">({props.counts[filter]})</span>
        </label>
      ))}
    </fieldset>
  );
}
