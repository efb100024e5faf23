import { t, type Lang } from "../lib/i18n/t";
import type { Verdict } from "../lib/model/verdict";

export const verdictIcons: Record<Verdict, string> = { met: "✓", unmet: "✗", unknown: "?" };

/** A requirement's verdict: icon and word, so colour is never the only signal. */
export function VerdictBadge(props: { verdict: Verdict; lang: Lang; overridden?: boolean }) {
  return (
    <span class={`or-verdict or-${props.verdict}`}>
      <span aria-hidden="true">{verdictIcons[props.verdict]}</span> {t(props.lang, `verdict_${props.verdict}`)}
      {props.overridden ? ` ${t(props.lang, "verdict_yours")}` : null}
    </span>
  );
}
