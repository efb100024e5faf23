// The listing in the current tab, or a plain word on why there is none (and, on a site that
// is not a broker, the offer to read the page anyway).
import type { ComponentChildren } from "preact";
import type { MatchView } from "../../components/match-types";
import { nextStepKey, problemKey, type AnalysisProblem } from "../../lib/analysis-problem";
import type { Listing } from "../../lib/model/listing";
import { formatDay, formatHours, formatRate } from "../../lib/format/facts";
import { t, type Lang } from "../../lib/i18n/t";
import type { ListingHead } from "../../lib/storage/saved-head";
import { ListingCountdown } from "./ListingCountdown";
import { Elsewhere, MatchLine } from "./Summary";
import { isSiteUrl, type Site } from "../../lib/sites";
import type { TabReading } from "./tab";

export type CurrentState =
  { kind: "loading" } | { kind: "analysing" } | { kind: "failed"; problem: AnalysisProblem } | TabReading;

export interface CurrentProps {
  state: CurrentState;
  /** Whether "Analyseer deze pagina" already ran on this tab (changes the wording of "nothing found"). */
  analysed: boolean;
  lang: Lang;
  now: Date;
  match: MatchView | null;
  saved: boolean;
  elsewhere: ListingHead[];
  /** Just unsaved here: the undo, beside the button that did it. */
  undo: { title: string; restoring: boolean; run(): void } | null;
  onToggleSaved(): void;
  onAnalyse(): void;
  onOpenOptions(): void;
  /** The tab's host when the user switched the panel off there, else null. */
  offHere: string | null;
  onTurnOnHere(): void;
  /** The user's own sites: pages there are read by themselves, like a broker's. */
  userSites: readonly Site[];
  /** Under the explanation: "Altijd op deze site" (AlwaysOnSite), when it applies. */
  children?: ComponentChildren;
}

/** The panel is off on this site: say so where the user looks, and turn it back on in one click. */
function OffHere({ host, lang, onTurnOn }: { host: string; lang: Lang; onTurnOn(): void }) {
  return (
    <p class="notice site-off" role="status">
      <span>{t(lang, "panel_site_disabled", host)}</span>{" "}
      <button type="button" class="or-link" onClick={onTurnOn} aria-label={t(lang, "options_site_enable_label", host)}>
        {t(lang, "options_site_enable")}
      </button>
    </p>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div class="fact">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

function ListingCard(props: CurrentProps & { listing: Listing }) {
  const { listing, lang } = props;
  return (
    <div class="card current-card">
      <h3 class="card-title">{listing.title ?? listing.url}</h3>
      <p class="sub">{[listing.client, listing.location, listing.site].filter(Boolean).join(" · ")}</p>
      <ListingCountdown listing={listing} now={props.now} lang={lang} large />
      {listing.status === "closed" ? <p class="notice">{t(lang, "panel_closed_notice")}</p> : null}
      {listing.health.state === "degraded" ? <p class="notice">{t(lang, "panel_degraded")}</p> : null}
      <dl class="facts">
        <Fact label={t(lang, "panel_deadline")} value={formatDay(listing.deadline, lang)} />
        <Fact label={t(lang, "panel_rate")} value={formatRate(listing.rate, lang)} />
        <Fact label={t(lang, "panel_hours")} value={formatHours(listing.hoursPerWeek, lang)} />
      </dl>
      {props.match ? (
        <MatchLine match={props.match} lang={lang} />
      ) : (
        <p class="hint">
          {t(lang, "panel_no_profile")}{" "}
          <button type="button" class="or-link" onClick={props.onOpenOptions}>
            {t(lang, "panel_open_profile")}
          </button>
        </p>
      )}
      <Elsewhere others={props.elsewhere} lang={lang} />
      {/* The same words as the panel's button (components/Panel.tsx): panel_save / panel_saved. */}
      <button
        type="button"
        class={`or-button save-button${props.saved ? " or-saved" : ""}`}
        aria-pressed={props.saved}
        title={props.saved ? t(lang, "panel_saved_hint") : undefined}
        onClick={props.onToggleSaved}
      >
        {t(lang, props.saved ? "panel_saved" : "panel_save")}
      </button>
      {props.undo ? (
        <p class="notice undo" role="status">
          <span id="current-removed">{t(lang, "popup_removed", props.undo.title)}</span>{" "}
          <button
            type="button"
            class="or-link"
            aria-describedby="current-removed"
            aria-disabled={props.undo.restoring ? "true" : undefined}
            onClick={() => !props.undo!.restoring && props.undo!.run()}
          >
            {t(lang, props.undo.restoring ? "popup_restoring" : "popup_undo")}
          </button>
        </p>
      ) : null}
    </div>
  );
}

function Explanation({ text, hint, action }: { text: string; hint?: string; action?: { label: string; run(): void } }) {
  return (
    <div class="card current-empty" role="status">
      <p>{text}</p>
      {hint ? <p class="hint">{hint}</p> : null}
      {action ? (
        <button type="button" class="or-button" onClick={action.run}>
          {action.label}
        </button>
      ) : null}
    </div>
  );
}

function explain(props: CurrentProps) {
  const { state, lang } = props;
  const analyse = { label: t(lang, "popup_analyse"), run: props.onAnalyse };
  switch (state.kind) {
    case "loading":
      return <Explanation text={t(lang, "popup_reading")} />;
    case "analysing":
      return <Explanation text={t(lang, "popup_analysing")} />;
    case "failed":
      // Said in the user's language with what to do next, never the browser's own error (issue 17).
      return <Explanation text={t(lang, problemKey(state.problem))} hint={t(lang, nextStepKey(state.problem))} />;
    case "unreadable":
      return <Explanation text={t(lang, "popup_unreadable")} />;
    case "not-listing":
      return (
        <Explanation
          text={t(lang, props.analysed ? "popup_nothing_found" : "popup_not_listing")}
          hint={t(lang, "popup_not_listing_hint")}
        />
      );
    case "no-script":
      return isSiteUrl(state.url, props.userSites) ? (
        <Explanation text={t(lang, "popup_not_read_yet")} action={analyse} />
      ) : (
        <Explanation text={t(lang, "popup_not_broker")} hint={t(lang, "popup_analyse_hint")} action={analyse} />
      );
    case "listing":
      return <ListingCard {...props} listing={state.listing} />;
  }
}

export function CurrentListing(props: CurrentProps) {
  return (
    <section class="section" aria-labelledby="current-heading">
      <h2 class="section-title" id="current-heading">
        {t(props.lang, "popup_current_heading")}
      </h2>
      {props.offHere ? <OffHere host={props.offHere} lang={props.lang} onTurnOn={props.onTurnOnHere} /> : null}
      {explain(props)}
      {props.children}
    </section>
  );
}
