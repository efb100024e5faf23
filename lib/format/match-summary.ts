// "4 van 5 eisen voldaan, 1 onbekend": the one-line knock-out summary.
import { t, type Lang } from "../i18n/t";
import type { Tally } from "../match/matcher";

export function mustSummary(must: Tally, lang: Lang): string {
  if (must.total === 0) return t(lang, "summary_none");
  const parts = [t(lang, "summary_must", must.met, must.total)];
  if (must.unmet > 0) parts.push(t(lang, "summary_unmet", must.unmet));
  if (must.unknown > 0) parts.push(t(lang, "summary_unknown", must.unknown));
  return parts.join(", ");
}

export function niceSummary(nice: Tally, lang: Lang): string | null {
  return nice.total === 0 ? null : t(lang, "summary_nice", nice.met, nice.total);
}

/** The state of the knock-outs: any unmet is a stop, any unknown needs a look. */
export function mustLevel(must: Tally): "met" | "unmet" | "unknown" {
  if (must.unmet > 0) return "unmet";
  if (must.unknown > 0 || must.total === 0) return "unknown";
  return "met";
}
