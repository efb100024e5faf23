// One saved listing's response as the page shows it and "Kopieer alles" copies it: per eis and
// wens its label, verdict, the profile's evidence and the substantiation (the user's own text
// where they wrote one, else the draft made now from the profile); and the checklist.
import type { Listing } from "../model/listing";
import type { Profile } from "../model/profile";
import type { MatchResult } from "../match/matcher";
import type { Verdict } from "../model/verdict";
import type { Lang } from "../i18n/t";
import type { ResponseDraft } from "../storage/response-drafts";
import { responseChecklist, type ChecklistItem } from "./checklist";
import { draftSubstantiation } from "./draft-text";
import { requirementLabels } from "./labels";

export interface ResponseRow {
  id: string;
  label: string;
  kind: "must" | "nice";
  requirement: string;
  /** null without a profile (nothing to judge against). */
  verdict: Verdict | null;
  overridden: boolean;
  /** What the verdict rests on: the matcher's evidence where it gives some, else its reason. */
  evidence: string[];
  text: string;
  /** The user wrote (or changed) this text: it is theirs and is never redrafted. */
  edited: boolean;
  /** The text is a neutral start with gaps, not built from the profile. */
  toComplete: boolean;
}

export interface ResponseView {
  rows: ResponseRow[];
  checklist: Array<ChecklistItem & { checked: boolean }>;
}

/** A gap the neutral start leaves for the user: while one stands, the text is not finished. */
export const GAP = "…";

export function responseView(
  listing: Listing,
  match: MatchResult | null,
  profile: Profile | null,
  draft: ResponseDraft | null,
  lang: Lang,
): ResponseView {
  const labels = requirementLabels(listing.requirements);
  const verdicts = new Map(match?.requirements.map((r) => [r.id, r]) ?? []);
  const rows = listing.requirements.map((r): ResponseRow => {
    const judged = verdicts.get(r.id);
    const own = draft && Object.hasOwn(draft.texts, r.id) ? draft.texts[r.id]! : null;
    const drafted = own === null && profile ? draftSubstantiation(r, profile, lang) : null;
    const text = own ?? drafted?.text ?? "";
    const evidence = judged?.evidence?.length ? judged.evidence : judged ? [judged.reason] : [];
    return {
      id: r.id,
      label: labels.get(r.id) ?? "",
      kind: r.kind,
      requirement: r.text,
      verdict: judged?.verdict ?? null,
      overridden: judged?.overridden ?? false,
      evidence,
      text,
      edited: own !== null,
      toComplete: text.trim() === "" || text.includes(GAP),
    };
  });
  const checked = new Set(draft?.checked ?? []);
  const checklist = responseChecklist(listing.requirements).map((item) => ({ ...item, checked: checked.has(item.id) }));
  return { rows, checklist };
}
