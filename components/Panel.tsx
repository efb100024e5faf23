import type { ComponentChildren } from "preact";
import type { Listing } from "../lib/model/listing";
import type { PanelCorner } from "../lib/model/panel-corners";
import { formatDay, formatHours, formatNumber, formatRate } from "../lib/format/facts";
import { mustLevel, mustSummary, niceSummary } from "../lib/format/match-summary";
import { overruledText, provenanceText } from "../lib/format/provenance";
import { t, type Lang } from "../lib/i18n/t";
import { Countdown } from "./Countdown";
import type { CheckView, MatchView, Tally } from "./match-types";
import { RequirementRow } from "./RequirementRow";
import { verdictIcons } from "./VerdictBadge";

export interface PanelProps {
  listing: Listing;
  match: MatchView | null;
  now: Date;
  lang: Lang;
  saved: boolean;
  /** Open (the listing's facts, eisen and buttons) or compact (a bar: countdown and eisen). */
  open: boolean;
  corner: PanelCorner;
  host: string;
  /** Just switched off on this site: the panel is only the bar that can undo that, for a few seconds. */
  switchedOff: boolean;
  onToggleOpen(): void;
  /** Escape: the open panel folds, the undo bar goes. */
  onEscape(): void;
  /** The next corner ("Verplaats"); dragging the same button drops the panel in the nearest one. */
  onMove(): void;
  onToggleSaved(): void;
  onDisableSite(): void;
  onUndoDisable(): void;
  onDismiss(): void;
  onOpenProfile(): void;
  /** "Reactie voorbereiden" (shown once the listing is saved): the response page in a new tab. */
  onPrepareResponse?(): void;
  onOverride(id: string, verdict: "met" | "unmet" | null): void;
  /** "Wijs aan op de pagina" (components/TeachSection.tsx), shown in the open panel above its buttons. */
  teach?: ComponentChildren;
}

const checkIcons = { ok: "✓", problem: "!", unknown: "?" } as const;

/** The extension's mark: a radar of three arcs, in the text colour. */
function RadarIcon() {
  return (
    <svg class="or-icon or-radar" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <circle cx="8" cy="8" r="6.6" fill="none" stroke="currentColor" stroke-width="1.6" />
      <circle cx="8" cy="8" r="3.4" fill="none" stroke="currentColor" stroke-width="1.4" />
      <path d="M8 8 13.2 3.6" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" />
      <circle cx="8" cy="8" r="1.2" fill="currentColor" />
    </svg>
  );
}

/** Four arrows: the panel can be moved (click: the next corner; drag: anywhere, it lands in the nearest). */
function MoveIcon() {
  return (
    <svg class="or-icon" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path
        d="M8 1.5v13M1.5 8h13M8 1.5 6 3.5M8 1.5l2 2M8 14.5l-2-2M8 14.5l2-2M1.5 8l2-2M1.5 8l2 2M14.5 8l-2-2M14.5 8l-2 2"
        fill="none"
        stroke="currentColor"
        stroke-width="1.5"
        stroke-linecap="round"
      />
    </svg>
  );
}

function Fact(props: { label: string; value: string; check?: CheckView; source?: string | null; lang: Lang }) {
  const { check, lang } = props;
  // A fitting value gets a quiet tick beside it (its reason on hover and for screen readers);
  // a problem or an unknown is spelled out on a line of its own, under where the value was read.
  const quiet = check?.verdict === "ok";
  const verdict = check ? (
    <span class={`or-check or-${check.verdict}`} title={check.reason}>
      {" "}
      <span aria-hidden="true">{checkIcons[check.verdict]}</span>{" "}
      <span class={quiet ? "or-sr-only" : ""}>{check.reason || t(lang, `check_${check.verdict}`)}</span>
    </span>
  ) : null;
  return (
    <div class="or-fact">
      <dt>{props.label}</dt>
      <dd>
        {props.value}
        {quiet ? verdict : null}
        {props.source ? <span class="or-source">{props.source}</span> : null}
        {quiet ? null : verdict}
      </dd>
    </div>
  );
}

/** The knock-outs in a few words for the compact bar: what stops you first, then what is unknown, else all met. */
function pillSummary(must: Tally, lang: Lang): { level: "met" | "unmet" | "unknown"; text: string } | null {
  if (must.total === 0) return null;
  const n = (value: number) => formatNumber(value, lang, 0);
  if (must.unmet > 0) return { level: "unmet", text: t(lang, "panel_pill_unmet", n(must.unmet), n(must.total)) };
  if (must.unknown > 0)
    return { level: "unknown", text: t(lang, "panel_pill_unknown", n(must.unknown), n(must.total)) };
  return { level: "met", text: t(lang, "summary_must", n(must.met), n(must.total)) };
}

const cornerKey = (corner: PanelCorner) => `panel_corner_${corner.replace("-", "_")}`;

/**
 * The in-page panel. Compact at first: one bar with the countdown and the knock-outs, the whole
 * bar a button that opens the listing's facts, eisen and buttons above or below it. It stands in
 * a corner of the window (the user's choice per site), never wider than the window less 32 px,
 * never taller than 70 % of it (its body scrolls).
 */
export function Panel(props: PanelProps) {
  const { listing, match, lang, open, corner } = props;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "Escape" || (!open && !props.switchedOff)) return;
    // Ours to act on: the page does not see this Escape (its own dialogs stay as they are).
    event.stopPropagation();
    event.preventDefault();
    props.onEscape();
  };
  const place = `or-panel or-${corner}${open && !props.switchedOff ? " or-open" : " or-compact"}`;

  if (props.switchedOff) {
    return (
      <section class={place} aria-label={t(lang, "panel_region")} onKeyDown={onKeyDown}>
        <div class="or-undo" role="status">
          <span id="or-off-text">{t(lang, "panel_off_here", props.host)}</span>
          <button
            type="button"
            class="or-link or-undo-button"
            aria-describedby="or-off-text"
            onClick={props.onUndoDisable}
          >
            {t(lang, "panel_undo")}
          </button>
          <button
            type="button"
            class="or-icon-button"
            aria-label={t(lang, "panel_close")}
            title={t(lang, "panel_close")}
            onClick={props.onDismiss}
          >
            <span aria-hidden="true">×</span>
          </button>
        </div>
      </section>
    );
  }

  const check = (id: string) => match?.checks.find((c) => c.id === id);
  const level = match ? mustLevel(match.summary.must) : "unknown";
  const pill = !open && match ? pillSummary(match.summary.must, lang) : null;
  const closed = listing.status === "closed";
  const period =
    listing.startDate || listing.endDate
      ? `${formatDay(listing.startDate, lang)} – ${formatDay(listing.endDate, lang)}`
      : null;
  const moveLabel = t(lang, "panel_move", t(lang, cornerKey(corner)));
  return (
    <section class={place} aria-label={t(lang, "panel_region")} onKeyDown={onKeyDown}>
      <header class="or-header">
        <button
          type="button"
          class="or-toggle"
          aria-expanded={open}
          aria-controls={open ? "or-body" : undefined}
          title={t(lang, open ? "panel_collapse" : "panel_expand")}
          onClick={props.onToggleOpen}
        >
          <RadarIcon />
          <span class="or-toggle-text">
            <span class={open ? "or-brand" : "or-sr-only"}>{t(lang, "panel_brand")}</span>
            <Countdown deadline={listing.deadline} status={listing.status} now={props.now} lang={lang} />
            {pill ? (
              <span class={`or-pill-summary or-${pill.level}`}>
                <span aria-hidden="true">{verdictIcons[pill.level]}</span> {pill.text}
              </span>
            ) : null}
          </span>
          <span class="or-chevron" aria-hidden="true">
            {/* Which way the body goes: up from a bar at the bottom of the window, down from one at the top. */}
            {open === corner.startsWith("bottom") ? "▾" : "▴"}
          </span>
        </button>
        <button
          type="button"
          class="or-icon-button or-move"
          aria-label={moveLabel}
          title={moveLabel}
          onClick={props.onMove}
        >
          <MoveIcon />
        </button>
      </header>
      {open ? (
        <div class="or-body" id="or-body">
          <h2 class="or-title">{listing.title ?? listing.url}</h2>
          <p class="or-sub">{[listing.client, listing.location, listing.site].filter(Boolean).join(" · ")}</p>
          {closed ? <p class="or-notice or-unmet">{t(lang, "panel_closed_notice")}</p> : null}
          {listing.health.state === "degraded" ? <p class="or-notice">{t(lang, "panel_degraded")}</p> : null}
          <dl class="or-facts">
            {listing.deadline || !closed ? (
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
            ) : null}
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
                {t(lang, "panel_requirements")} ({formatNumber(match.requirements.length, lang, 0)})
              </summary>
              <ul>
                {match.requirements.map((r) => (
                  <RequirementRow key={r.id} requirement={r} lang={lang} onOverride={props.onOverride} />
                ))}
              </ul>
            </details>
          ) : null}
          {props.teach}
          <footer class="or-actions">
            {/* The same words as the popup's button (entrypoints/popup/CurrentListing.tsx). */}
            <button
              type="button"
              class={`or-button or-save${props.saved ? " or-saved" : ""}`}
              aria-pressed={props.saved}
              title={props.saved ? t(lang, "panel_saved_hint") : undefined}
              onClick={props.onToggleSaved}
            >
              {t(lang, props.saved ? "panel_saved" : "panel_save")}
            </button>
            {props.saved && props.onPrepareResponse ? (
              <button type="button" class="or-button or-prepare" onClick={props.onPrepareResponse}>
                {t(lang, "panel_prepare_response")}
              </button>
            ) : null}
            <button type="button" class="or-link or-disable" onClick={props.onDisableSite}>
              {t(lang, "panel_disable_site", props.host)}
            </button>
          </footer>
        </div>
      ) : null}
    </section>
  );
}
