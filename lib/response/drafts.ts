// The commands on a response draft, pure: each takes the draft as stored (or null, none yet)
// and returns the next one. lib/browser/response-drafts.ts runs them under the one writer.
import { emptyResponseDraft, MAX_DRAFT_CHARS, type ResponseDraft } from "../storage/response-drafts";

function base(current: ResponseDraft | null, id: string, now: Date): ResponseDraft {
  return current ?? emptyResponseDraft(id, now);
}

/** The user's own text for one requirement: kept as written (cut at the cap), from now on never redrafted. */
export function setDraftText(
  current: ResponseDraft | null,
  id: string,
  requirementId: string,
  text: string,
  now: Date,
): ResponseDraft {
  const draft = base(current, id, now);
  const texts = Object.assign(Object.create(null) as Record<string, string>, draft.texts);
  texts[requirementId] = text.slice(0, MAX_DRAFT_CHARS);
  return { ...draft, texts, updatedAt: now.toISOString() };
}

/** Back to the drafted text: the user's own one for this requirement is dropped (on their word only). */
export function resetDraftText(current: ResponseDraft | null, id: string, requirementId: string, now: Date) {
  if (!current || !Object.hasOwn(current.texts, requirementId)) return current;
  const texts = Object.assign(Object.create(null) as Record<string, string>, current.texts);
  delete texts[requirementId];
  return { ...current, texts, updatedAt: now.toISOString() };
}

/** A checklist item ticked off, or not. */
export function setChecked(
  current: ResponseDraft | null,
  id: string,
  itemId: string,
  checked: boolean,
  now: Date,
): ResponseDraft {
  const draft = base(current, id, now);
  const others = draft.checked.filter((c) => c !== itemId);
  return { ...draft, checked: checked ? [...others, itemId] : others, updatedAt: now.toISOString() };
}
