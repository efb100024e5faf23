// Which saved listings to show: the three tabs of list-view.ts, each with how many it holds.
import { t, type Lang } from "../../lib/i18n/t";
import { formatNumber } from "../../lib/format/facts";
import { popupTabs, type PopupTab } from "./list-view";

export function Filters(props: {
  value: PopupTab;
  counts: Record<PopupTab, number>;
  lang: Lang;
  onChange(tab: PopupTab): void;
}) {
  const { lang } = props;
  return (
    <fieldset class="filters">
      <legend class="visually-hidden">{t(lang, "popup_filter_legend")}</legend>
      {popupTabs.map((tab) => (
        <label key={tab} class={`filter${props.value === tab ? " filter-on" : ""}`}>
          <input
            type="radio"
            name="saved-filter"
            value={tab}
            checked={props.value === tab}
            onChange={() => props.onChange(tab)}
          />
          {t(lang, `popup_tab_${tab}`)} <span class="count">({formatNumber(props.counts[tab], lang)})</span>
        </label>
      ))}
    </fieldset>
  );
}
