import { t, type Lang } from "../lib/i18n/t";
import type { VerdictOverride } from "../lib/model/verdict";
import type { RequirementView } from "./match-types";
import { VerdictBadge } from "./VerdictBadge";

/** One eis or wens with its verdict, the reason, and the user's override. */
export function RequirementRow(props: {
  requirement: RequirementView;
  lang: Lang;
  onOverride?: (id: string, verdict: VerdictOverride) => void;
}) {
  const { requirement: r, lang, onOverride } = props;
  const next = r.overridden ? null : r.verdict === "met" ? "unmet" : "met";
  const label = next === null ? "panel_override_clear" : `panel_override_${next}`;
  return (
    <li class={`or-req or-${r.verdict}`}>
      <div class="or-req-head">
        <span class="or-kind">{t(lang, r.kind === "must" ? "panel_must" : "panel_nice")}</span>
        <VerdictBadge verdict={r.verdict} lang={lang} overridden={r.overridden} />
        {onOverride ? (
          <button type="button" class="or-link" onClick={() => onOverride(r.id, next)}>
            {t(lang, label)}
          </button>
        ) : null}
      </div>
      <p class="or-req-text">{r.text}</p>
      <p class="or-reason">{r.reason}</p>
    </li>
  );
}
