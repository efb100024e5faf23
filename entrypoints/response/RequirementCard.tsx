// One eis or wens: its label and text, the verdict (icon and word, never colour alone), what in
// the profile it rests on, and the substantiation the user edits (saved as they type).
import { t, type Lang } from "../../lib/i18n/t";
import type { ResponseRow } from "../../lib/response/response-view";
import type { Verdict } from "../../lib/model/verdict";

const icons: Record<Verdict, string> = { met: "✓", unmet: "✗", unknown: "?" };

function VerdictPill({ verdict, overridden, lang }: { verdict: Verdict | null; overridden: boolean; lang: Lang }) {
  if (verdict === null) return <span class="verdict verdict-none">{t(lang, "response_verdict_none")}</span>;
  return (
    <span class={`verdict verdict-${verdict}`}>
      <span aria-hidden="true">{icons[verdict]}</span> {t(lang, `verdict_${verdict}`)}
      {overridden ? ` ${t(lang, "verdict_yours")}` : null}
    </span>
  );
}

/** Rows enough for the text without scrolling (the field grows where the browser can: field-sizing). */
function rowsFor(text: string): number {
  const lines = text.split("\n").reduce((n, line) => n + Math.max(1, Math.ceil(line.length / 70)), 0);
  return Math.min(14, Math.max(3, lines + 1));
}

export function RequirementCard(props: {
  row: ResponseRow;
  value: string;
  lang: Lang;
  onInput(text: string): void;
  onBlur(): void;
  onReset(): void;
}) {
  const { row, lang, value } = props;
  const field = `draft-${row.id}`;
  const state = row.edited ? "edited" : "drafted";
  const toComplete = value.trim() === "" || value.includes("…");
  return (
    <li class={`req req-${row.kind}`} data-id={row.id}>
      <div class="req-head">
        <span class="req-label">{row.label}</span>
        <p class="req-text">{row.requirement}</p>
        <VerdictPill verdict={row.verdict} overridden={row.overridden} lang={lang} />
      </div>
      {row.evidence.length > 0 ? (
        <div class="evidence">
          <span class="evidence-label">{t(lang, "response_evidence")}:</span>
          <ul>
            {row.evidence.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div class="draft-head">
        <label for={field} class="draft-label">
          {t(lang, "response_substantiation_for", row.label)}
        </label>
        <span class={`chip chip-${state}`}>{t(lang, row.edited ? "response_edited" : "response_drafted")}</span>
        {toComplete ? <span class="chip chip-todo">{t(lang, "response_to_complete")}</span> : null}
      </div>
      <textarea
        id={field}
        class="draft no-print"
        rows={rowsFor(value)}
        value={value}
        onInput={(event) => props.onInput(event.currentTarget.value)}
        onBlur={props.onBlur}
      />
      <p class="draft-print print-only">{value}</p>
      {row.edited ? (
        <div class="req-foot no-print">
          <button
            type="button"
            class="link-button"
            aria-label={t(lang, "response_reset_named", row.label)}
            onClick={props.onReset}
          >
            {t(lang, "response_reset")}
          </button>
        </div>
      ) : null}
    </li>
  );
}
