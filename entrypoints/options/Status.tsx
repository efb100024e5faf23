// The outcome of an action, announced to screen readers (aria-live), and lists of problems
// worded in the page's language (lib/format/problems.ts).
import { problemText, type PathNamer } from "../../lib/format/problems";
import { useLang, useT } from "./lang";

export type StatusMessage = { kind: "ok" | "error" | "info"; text: string; details?: string[] } | null;

export function Status({ message }: { message: StatusMessage }) {
  return (
    <div class={`status ${message ? `status-${message.kind}` : ""}`} role="status" aria-live="polite">
      {message && <p>{message.text}</p>}
      {message?.details && message.details.length > 0 && <ProblemList problems={message.details} />}
    </div>
  );
}

/** A form's save button, "not saved yet" while it has changes, and the outcome of the last action. */
export function SaveActions({ dirty, status }: { dirty: boolean; status: StatusMessage }) {
  const tr = useT();
  return (
    <>
      <div class="actions">
        <button type="submit" class="button-primary">
          {tr("options_save")}
        </button>
        {dirty && <span class="unsaved">{tr("options_unsaved")}</span>}
      </div>
      <Status message={status} />
    </>
  );
}

const SHOWN = 8;

/**
 * At most eight lines; the rest counted, so a long list never buries the page. `namePath`
 * names the start of a path the way the form does ("roles[1]" → "Rol 2").
 */
export function ProblemList({ problems, namePath }: { problems: readonly string[]; namePath?: PathNamer }) {
  const tr = useT();
  const lang = useLang();
  const rest = problems.length - SHOWN;
  return (
    <ul class="problems">
      {problems.slice(0, SHOWN).map((problem, i) => (
        <li key={i}>{problemText(problem, lang, namePath)}</li>
      ))}
      {rest > 0 && <li>{tr("options_more_errors", rest)}</li>}
    </ul>
  );
}
