// Response drafts as stored (lib/storage/response-drafts.ts), their commands
// (lib/response/drafts.ts) and their place in the JSON backup (lib/storage/backup.ts).
import { describe, expect, it } from "vitest";
import {
  emptyResponseDraft,
  MAX_DRAFT_CHARS,
  planDraftsImport,
  readResponseDraft,
  responseDraftKey,
  responseDraftText,
  type ResponseDraft,
} from "../../../lib/storage/response-drafts";
import { resetDraftText, setChecked, setDraftText } from "../../../lib/response/drafts";
import { buildBackup, parseBackup, type AppState } from "../../../lib/storage/backup";
import { defaultSettings } from "../../../lib/model/settings";
import { makeSaved } from "../storage/make-saved";

const now = new Date("2025-11-01T09:00:00Z");
const id = "https://kbenp.nl/opdrachten/a";
const draft: ResponseDraft = { ...setDraftText(null, id, "must-1a", "Mijn tekst", now), checked: ["cv"] };

describe("a stored response draft", () => {
  it("reads back as written (JSON text), and none where nothing is stored", () => {
    expect(readResponseDraft(id, responseDraftText(draft))).toEqual({ draft });
    expect(readResponseDraft(id, undefined)).toEqual({ draft: null });
  });

  it("reports, never repairs into something else, a draft that cannot be read", () => {
    expect(readResponseDraft(id, "{not json")).toEqual({ problem: `responses["${id}"]: not valid JSON` });
    const other = readResponseDraft("https://kbenp.nl/opdrachten/b", responseDraftText(draft));
    expect("problem" in other && other.problem).toMatch(/holds the draft of/);
    const bad = readResponseDraft(id, { ...draft, texts: { "must-1a": 7 } });
    expect("problem" in bad && bad.problem).toMatch(/^responses\[.*\]\.texts\["must-1a"\]/);
    // Keys are requirement ids: a page's word cannot become one, and "__proto__" never reaches the object's prototype.
    expect(readResponseDraft(id, { ...draft, texts: { "Eis 1": "x" } })).toHaveProperty("problem");
    const proto = readResponseDraft(
      id,
      JSON.parse(`{"id":"${id}","texts":{"__proto__":{"polluted":1}},"updatedAt":"${now.toISOString()}"}`),
    );
    const texts = "draft" in proto ? proto.draft?.texts : null;
    expect(texts && Object.keys(texts)).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(readResponseDraft(id, { ...draft, checked: ["<img>"] })).toHaveProperty("problem");
    expect(readResponseDraft(id, { ...draft, extra: 1 })).toHaveProperty("problem");
  });
});

describe("draft commands", () => {
  it("keep the user's text per requirement, capped; take it back only when asked", () => {
    const later = new Date("2025-11-02T09:00:00Z");
    const two = setDraftText(draft, id, "nice-2b", "x".repeat(MAX_DRAFT_CHARS + 10), later);
    expect(Object.keys(two.texts)).toEqual(["must-1a", "nice-2b"]);
    expect(two.texts["nice-2b"]).toHaveLength(MAX_DRAFT_CHARS);
    expect(two.updatedAt).toBe(later.toISOString());
    const back = resetDraftText(two, id, "must-1a", later)!;
    expect(Object.keys(back.texts)).toEqual(["nice-2b"]);
    expect(resetDraftText(back, id, "must-1a", later)).toBe(back);
    expect(resetDraftText(null, id, "must-1a", later)).toBeNull();
  });

  it("tick and untick checklist items once each", () => {
    let d = setChecked(null, id, "plan", true, now);
    d = setChecked(d, id, "plan", true, now);
    expect(d.checked).toEqual(["plan"]);
    expect(setChecked(d, id, "plan", false, now).checked).toEqual([]);
    expect(emptyResponseDraft(id, now)).toMatchObject({ id, checked: [] });
  });
});

describe("drafts in the backup", () => {
  const saved = makeSaved({ url: id });
  const state: AppState = {
    profile: null,
    saved: { [saved.id]: saved },
    settings: defaultSettings(),
    responses: [draft],
  };

  it("go out with the backup and come back whole", () => {
    const parsed = parseBackup(JSON.stringify(buildBackup(state, now)));
    expect(parsed.ok && parsed.state.responses).toEqual([draft]);
  });

  it("are optional (a backup of an earlier version has none) and checked like the rest", () => {
    const { responses: _none, ...old } = state;
    const parsed = parseBackup(JSON.stringify(buildBackup(old, now)));
    expect(parsed.ok && "responses" in parsed.state).toBe(false);
    const twice = parseBackup(JSON.stringify({ ...buildBackup(state, now), responses: [draft, draft] }));
    expect(twice).toEqual({ ok: false, errors: [`responses[1].id: duplicate id ${id}`] });
    const broken = parseBackup(JSON.stringify({ ...buildBackup(state, now), responses: [{ id }] }));
    expect(broken.ok).toBe(false);
  });

  it("are written by an import: merge adds, replace also removes the others, an old backup leaves them", () => {
    const here = [responseDraftKey("https://kbenp.nl/opdrachten/z"), "profile", responseDraftKey(id)];
    expect(planDraftsImport(here, [draft], "merge")).toEqual({
      set: { [responseDraftKey(id)]: responseDraftText(draft) },
      remove: [],
    });
    expect(planDraftsImport(here, [draft], "replace").remove).toEqual([
      responseDraftKey("https://kbenp.nl/opdrachten/z"),
    ]);
    expect(planDraftsImport(here, undefined, "replace")).toEqual({ set: {}, remove: [] });
  });
});
