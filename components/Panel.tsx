import type { Listing } from "../lib/model/listing";
import { formatDay, formatHours, formatRate } from "../lib/format/facts";
import { mustLevel, mustSummary, niceSummary } from "../lib/format/match-summary";
import { overruledText, provenanceText } from "../lib/format/provenance";
import { t, type Lang } from "../lib/i18n/t";
import { Countdown } from "./Countdown";
import type { CheckView, MatchView } from "./match-types";
import { RequirementRow } from "./RequirementRow";
import { verdictIcons } from "./VerdictBadge";

export interface PanelProps {
  listing: Listing;
  match: MatchView | null;
  now: Date;
  lang: Lang;
  saved: boolean;
  collapsed: boolean;
  host: string;
  onToggleSaved(): void;
  onToggleCollapsed(): void;
  onDisableSite(): void;
  onOpenProfile(): void;
  onOverride(id: string, verdict: "met" | "unmet" | null): void;
}

const checkIcons = { ok: "✓", problem: "!", unknown: "?" } as const;

function Fact(props: { label: string; value: string; check?: CheckView; source?: string | null; lang: Lang }) {
  const { check, lang } = props;
  return (
    <div class="or-fact">
      <dt>{props.label}</dt>
      <dd>
        {props.value}
        {props.source ? <span class="or-source">{props.source}</span> : null}
        {check ? (
          // A fitting value gets a quiet tick (its reason on hover and for screen readers);
          // a problem or an unknown is spelled out.
          <span class={`or-check or-${check.verdict}`} title={check.reason}>
            {" "}
            <span aria-hidden="true">{checkIcons[check.verdict]}</span>{" "}
            <span class={check.verdict === "ok" ? "or-sr-only" : ""}>
              {check.reason || t(lang, `check_${check.verdict}`)}
            </span>
          </span>
        ) : null}
      </dd>
    </div>
  );
}

/** The in-page panel: the listing's facts, countdown and knock-out summary against the profile. */
export function Panel(props: PanelProps) {
  const { listing, match, lang } = props;
  const check = (id: string) => match?.checks.find((c) => c.id === id);
  const level = match ? mustLevel(match.summary.must) : "unknown";
  const period =
    listing.startDate || listing.endDate
      ? `${formatDay(listing.startDate, lang)} – ${formatDay(listing.endDate, lang)}`
      : null;
  return (
    <section class={`or-panel${props.collapsed ? " or-collapsed" : ""}`} aria-label={t(lang, "panel_region")}>
      <header class="or-header">
        <span class="or-brand">{t(lang, "panel_brand")}</span>
        <Countdown deadline={listing.deadline} now={props.now} lang={lang} />
        <button
          type="button"
          class="or-icon-button"
          aria-expanded={!props.collapsed}
          aria-label={t(lang, props.collapsed ? "panel_expand" : "panel_collapse")}
          title={t(lang, props.collapsed ? "panel_expand" : "panel_collapse")}
          onClick={props.onToggleCollapsed}
        >
          {props.collapsed ? "▴" : "▾"}
        </button>
      </header>
      {props.collapsed ? null : (
        <div class="or-body">
          <h2 class="or-title">{listing.title ?? listing.url}</h2>
          <p class="or-sub">{[listing.client, listing.location, listing.site].filter(Boolean).join(" · ")}</p>
          {listing.status === "closed" ? <p class="or-notice or-unmet">{t(lang, "panel_closed_notice")}</p> : null}
          {listing.health.state === "degraded" ? <p class="or-notice">{t(lang, "panel_degraded")}</p> : null}
          <dl class="or-facts">
            <Fact
              label={t(lang, "panel_deadline")}
              value={formatDay(listing.deadline, lang)}
              check={check("deadline")}
              source={
                listing.deadline
                  ? provenanceText(listing.provenance.deadline, listing.site, lang)
                  : t(lang, "panel_deadline_missing")
              }
              lang={lang}
            />
            <Fact
              label={t(lang, "panel_rate")}
              value={formatRate(listing.rate, lang)}
              check={check("rate")}
              source={listing.rate ? provenanceText(listing.provenance.rate, listing.site, lang) : null}
              lang={lang}
            />
            <Fact
              label={t(lang, "panel_hours")}
              value={formatHours(listing.hoursPerWeek, lang)}
              check={check("hours")}
              source={listing.hoursPerWeek ? provenanceText(listing.provenance.hoursPerWeek, listing.site, lang) : null}
              lang={lang}
            />
            {period ? <Fact label={t(lang, "panel_period")} value={period} check={check("start")} lang={lang} /> : null}
          </dl>
          {overruledText(listing.provenance.deadline, lang) ? (
            <p class="or-notice or-source-note">{overruledText(listing.provenance.deadline, lang)}</p>
          ) : null}
          {match ? (
            <div class={`or-summary or-${level}`}>
              <span aria-hidden="true">{verdictIcons[level]}</span> {mustSummary(match.summary.must, lang)}
              {niceSummary(match.summary.nice, lang) ? (
                <span class="or-nice"> · {niceSummary(match.summary.nice, lang)}</span>
              ) : null}
            </div>
          ) : (
            <div class="or-invite">
              <p>{t(lang, "panel_no_profile")}</p>
              <button type="button" class="or-button" onClick={props.onOpenProfile}>
                {t(lang, "panel_open_profile")}
              </button>
            </div>
          )}
          {match && match.requirements.length > 0 ? (
            <details class="or-reqs">
              <summary>
                {t(lang, "panel_requirements")} ({match.requirements.length})
              </summary>
              <ul>
                {match.requirements.map((r) => (
                  <RequirementRow key={r.id} requirement={r} lang={lang} onOverride={props.onOverride} />
                ))}
              </ul>
            </details>
          ) : null}
          <footer class="or-actions">
            <button
              type="button"
              class={`or-button${props.saved ? " or-saved" : ""}`}
              aria-pressed={props.saved}
              onClick={props.onToggleSaved}
            >
              {t(lang, props.saved ? "panel_saved" : "panel_save")}
            </button>
            <button type="button" class="or-link" onClick={props.onDisableSite}>
              {t(lang, "panel_disable_site", props.host)}
            </button>
          </footer>
        </div>
      )}
    </section>
  );
}
