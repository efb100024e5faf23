// The response the user prepares for a saved listing ("Reactie voorbereiden"): per requirement
// the substantiation they wrote, and the checklist items they ticked. One record per listing
// (`responseDraft:<listing key>`), stored as JSON text like the saved records. Only what the
// user wrote is kept: a drafted text is made again from the profile on every view, so an edited
// one can never be overwritten by a newer draft.
import { z } from "zod";
import { requirementIdSchema } from "../model/page-listing";
import { formatIssues } from "./issues";
import { parseIfText } from "./repair";

export const RESPONSE_DRAFT_PREFIX = "responseDraft:";
export const responseDraftKey = (id: string): string => `${RESPONSE_DRAFT_PREFIX}${id}`;
export const isResponseDraftKey = (key: string): boolean => key.startsWith(RESPONSE_DRAFT_PREFIX);

/** Far above any response form's field (they cap at a few thousand characters), far below storage's limits. */
export const MAX_DRAFT_CHARS = 20_000;

export const responseDraftSchema = z
  .object({
    /** The saved listing's key (lib/model/listing-key.ts). */
    id: z.string().min(1).max(4096),
    /** The user's own text per requirement id: present only once they edited it. */
    // Keys are requirement ids ("must-1x2y3z"): never "__proto__" or another name objects own.
    texts: z.record(requirementIdSchema, z.string().max(MAX_DRAFT_CHARS)).default(() => ({})),
    /** The checklist items ticked off (lib/response/checklist.ts ids). */
    checked: z
      .array(z.string().regex(/^[a-z][a-z-]{0,39}$/, "a checklist item id"))
      .max(100)
      .default(() => []),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .strict();
export type ResponseDraft = z.infer<typeof responseDraftSchema>;

export function emptyResponseDraft(id: string, now: Date): ResponseDraft {
  return { id, texts: Object.create(null) as Record<string, string>, checked: [], updatedAt: now.toISOString() };
}

export type DraftRead = { draft: ResponseDraft | null } | { problem: string };

/**
 * One stored draft, checked on its own: absent (null), valid and under its own key, or a
 * problem to report (the value is then set aside by lib/browser/response-drafts.ts, never dropped).
 */
export function readResponseDraft(id: string, raw: unknown): DraftRead {
  if (raw === undefined || raw === null) return { draft: null };
  const parsed = parseIfText(raw);
  const where = ["responses", id];
  if ("problem" in parsed) return { problem: `responses[${JSON.stringify(id)}]: ${parsed.problem}` };
  const result = responseDraftSchema.safeParse(parsed.value);
  if (!result.success) return { problem: formatIssues(result.error, where).join("; ") };
  if (result.data.id !== id)
    return { problem: `responses[${JSON.stringify(id)}]: holds the draft of ${JSON.stringify(result.data.id)}` };
  return { draft: result.data };
}

/** A draft as stored: JSON text (Chrome hands one string over faster than the same object). */
export const responseDraftText = (draft: ResponseDraft): string => JSON.stringify(draft);

/** Every readable draft in a snapshot of storage, and the problems of those that are not. */
export function draftsInSnapshot(snapshot: Record<string, unknown>): { drafts: ResponseDraft[]; problems: string[] } {
  const drafts: ResponseDraft[] = [];
  const problems: string[] = [];
  for (const [key, value] of Object.entries(snapshot)) {
    if (!isResponseDraftKey(key)) continue;
    const read = readResponseDraft(key.slice(RESPONSE_DRAFT_PREFIX.length), value);
    if ("problem" in read) problems.push(read.problem);
    else if (read.draft) drafts.push(read.draft);
  }
  drafts.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { drafts, problems };
}

/**
 * What an import writes for the backup's drafts: "merge" adds them (the backup's winning per
 * listing); "replace" also removes the drafts here that the backup does not hold. A backup of
 * an earlier version has no drafts at all (undefined): then the drafts here stay.
 */
export function planDraftsImport(
  existingKeys: readonly string[],
  incoming: readonly ResponseDraft[] | undefined,
  mode: "replace" | "merge",
): { set: Record<string, string>; remove: string[] } {
  const set: Record<string, string> = {};
  if (!incoming) return { set, remove: [] };
  for (const draft of incoming) set[responseDraftKey(draft.id)] = responseDraftText(draft);
  const remove = mode === "replace" ? existingKeys.filter((key) => isResponseDraftKey(key) && !(key in set)) : [];
  return { set, remove };
}
