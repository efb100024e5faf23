// Two one-liners shared by the current listing and the saved ones: the knock-out summary and
// "ook bij KB&P, max € 200 per uur" for the same assignment at other brokers.
import type { MatchView } from "../../components/match-types";
import { verdictIcons } from "../../components/VerdictBadge";
import { formatRate } from "../../lib/format/facts";
import { mustLevel, mustSummary, niceSummary } from "../../lib/format/match-summary";
import { t, type Lang } from "../../lib/i18n/t";
import type { ListingHead } from "../../lib/storage/saved-head";

export function MatchLine({ match, lang }: { match: MatchView; lang: Lang }) {
  const level = mustLevel(match.summary.must);
  const nice = niceSummary(match.summary.nice, lang);
  return (
    <p class={`or-summary or-${level} match-line`}>
      <span aria-hidden="true">{verdictIcons[level]}</span> {mustSummary(match.summary.must, lang)}
      {nice ? <span class="or-nice"> · {nice}</span> : null}
    </p>
  );
}

function siteOf(listing: ListingHead): string {
  return listing.site ?? (URL.canParse(listing.url) ? new URL(listing.url).hostname : listing.url);
}

function elsewhereText(other: ListingHead, lang: Lang): string {
  const site = siteOf(other);
  return other.rate
    ? t(lang, "popup_also_at_rate", site, formatRate(other.rate, lang))
    : t(lang, "popup_also_at", site);
}

export function Elsewhere({ others, lang }: { others: readonly ListingHead[]; lang: Lang }) {
  if (others.length === 0) return null;
  return (
    <p class="elsewhere">
      <span aria-hidden="true">⇄ </span>
      {others.map((other) => elsewhereText(other, lang)).join("; ")}
    </p>
  );
}
