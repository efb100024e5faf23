// The panel's part of "Wijs aan op de pagina" (issue 17): the rules of this site that found
// nothing here, the offer to point at a field, and while teaching, what was read from the chosen
// element with "Opslaan". Presentational: the reader (entrypoints/listing-reader) does the rest.
import type { Listing } from "../lib/model/listing";
import { ruleFields, type RuleField } from "../lib/model/site-rule-fields";
import { formatDay, formatHours, formatNumber, formatRate } from "../lib/format/facts";
import { t, type Lang } from "../lib/i18n/t";

export type TeachView =
  | { phase: "idle" }
  | { phase: "pointing"; field: RuleField }
  /** The value read from the chosen element as `field`, or null when it reads as none. */
  | { phase: "preview"; field: RuleField; value: string | null }
  /** The chosen element has no label near it to anchor a rule on. */
  | { phase: "no-label"; field: RuleField };

export interface TeachProps {
  view: TeachView;
  /** The rules of this site that found nothing usable on this page. */
  misses: readonly RuleField[];
  lang: Lang;
  onStart(field: RuleField): void;
  onSave(): void;
  onCancel(): void;
}

/** The value a listing holds for a field, as the panel shows it; null when it holds none. */
export function fieldValue(listing: Listing, field: RuleField, lang: Lang): string | null {
  switch (field) {
    case "deadline":
    case "startDate":
    case "endDate":
      return listing[field] ? formatDay(listing[field], lang) : null;
    case "rate":
      return listing.rate ? formatRate(listing.rate, lang) : null;
    case "hoursPerWeek":
      return listing.hoursPerWeek ? formatHours(listing.hoursPerWeek, lang) : null;
    case "client":
    case "location":
      return listing[field];
    case "must":
    case "nice": {
      const items = listing.requirements.filter((r) => r.kind === field);
      if (!items.length) return null;
      const first = items[0]!.text;
      const clipped = first.length > 60 ? `${first.slice(0, 59).trimEnd()}…` : first;
      return t(lang, `teach_items_${field}`, formatNumber(items.length, lang, 0), clipped);
    }
  }
}

export function TeachSection(props: TeachProps) {
  const { view, misses, lang } = props;
  const name = (field: RuleField) => t(lang, `teach_field_${field}`);
  return (
    <div class="or-teach">
      {misses.map((field) => (
        <p key={field} class="or-notice or-rule-miss" role="status">
          {t(lang, "teach_rule_missed", name(field))}
        </p>
      ))}
      {view.phase === "pointing" ? (
        <p class="or-teach-box" role="status">
          {t(lang, "teach_pointing", name(view.field))}
        </p>
      ) : null}
      {view.phase === "preview" || view.phase === "no-label" ? (
        <div class="or-teach-box" role="group" aria-label={t(lang, "teach_preview_region", name(view.field))}>
          {view.phase === "preview" && view.value !== null ? (
            <p class="or-teach-found">
              <span class="or-teach-what">{t(lang, "teach_found", name(view.field))}</span>{" "}
              <strong class="or-teach-value">{view.value}</strong>
            </p>
          ) : (
            <p class="or-teach-found">
              {t(lang, view.phase === "no-label" ? "teach_no_label" : "teach_unreadable", name(view.field))}
            </p>
          )}
          <div class="or-teach-actions">
            {view.phase === "preview" && view.value !== null ? (
              <button type="button" class="or-button or-teach-save" onClick={props.onSave}>
                {t(lang, "teach_save")}
              </button>
            ) : null}
            <button type="button" class="or-link or-teach-again" onClick={() => props.onStart(view.field)}>
              {t(lang, "teach_again")}
            </button>
            <button type="button" class="or-link or-teach-cancel" onClick={props.onCancel}>
              {t(lang, "teach_cancel")}
            </button>
          </div>
        </div>
      ) : null}
      {view.phase === "idle" ? (
        <details class="or-teach-offer">
          <summary>{t(lang, "teach_offer")}</summary>
          <p class="or-teach-intro">{t(lang, "teach_intro")}</p>
          <ul class="or-teach-fields">
            {ruleFields.map((field) => (
              <li key={field}>
                <button
                  type="button"
                  class="or-chip-button"
                  data-field={field}
                  aria-label={t(lang, "teach_point_at", name(field))}
                  onClick={() => props.onStart(field)}
                >
                  {t(lang, `teach_button_${field}`)}
                </button>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
