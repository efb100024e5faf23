// Response drafts in storage (lib/browser/response-drafts.ts) on WXT's fakeBrowser: written as
// JSON text through the one writer, read back checked, a damaged one reported and set aside
// (never dropped), and part of the backup's export and both kinds of import.
import { beforeEach, describe, expect, it } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { importBackup, loadAppState, loadSetAside, updateSavedRecord } from "../../lib/browser/items";
import {
  loadResponseDraft,
  loadResponseDrafts,
  updateResponseDraft,
  watchResponseDraft,
} from "../../lib/browser/response-drafts";
import { setChecked, setDraftText } from "../../lib/response/drafts";
import { responseDraftKey, responseDraftText } from "../../lib/storage/response-drafts";
import { defaultSettings } from "../../lib/model/settings";
import { makeSaved } from "../unit/storage/make-saved";

const a = makeSaved({ url: "https://www.kbenp.nl/opdrachten/a", title: "A" });
const b = makeSaved({ url: "https://www.kbenp.nl/opdrachten/b", title: "B" });
const stored = async (key: string): Promise<unknown> => (await fakeBrowser.storage.local.get(key))[key];

beforeEach(() => {
  fakeBrowser.reset();
});

describe("response drafts in storage", () => {
  it("are written per listing as JSON text and read back, changes landing one after the other", async () => {
    expect(await loadResponseDraft(a.id)).toEqual({ draft: null, problem: null });
    await Promise.all([
      updateResponseDraft(a.id, (cur, now) => setDraftText(cur, a.id, "must-1", "eerste", now)),
      updateResponseDraft(a.id, (cur, now) => setDraftText(cur, a.id, "must-2", "tweede", now)),
      updateResponseDraft(a.id, (cur, now) => setChecked(cur, a.id, "cv", true, now)),
    ]);
    expect(typeof (await stored(responseDraftKey(a.id)))).toBe("string");
    const { draft, problem } = await loadResponseDraft(a.id);
    expect(problem).toBeNull();
    expect(draft).toMatchObject({ id: a.id, texts: { "must-1": "eerste", "must-2": "tweede" }, checked: ["cv"] });
    expect(await loadResponseDraft(b.id)).toEqual({ draft: null, problem: null });
  });

  it("report a damaged draft, and set it aside (kept as found) before the next write replaces it", async () => {
    await fakeBrowser.storage.local.set({ [responseDraftKey(a.id)]: "{half a draft" });
    expect(await loadResponseDraft(a.id)).toEqual({ draft: null, problem: `responses["${a.id}"]: not valid JSON` });
    // Reading alone changes nothing.
    expect(await stored(responseDraftKey(a.id))).toBe("{half a draft");
    await updateResponseDraft(a.id, (cur, now) => setDraftText(cur, a.id, "must-1", "opnieuw", now));
    expect((await loadResponseDraft(a.id)).draft?.texts).toEqual({ "must-1": "opnieuw" });
    const aside = await loadSetAside();
    expect(aside).toHaveLength(1);
    expect(aside[0]).toMatchObject({ raw: "{half a draft", problem: `responses["${a.id}"]: not valid JSON` });
  });

  it("tell a page when its listing's draft changes, and only then", async () => {
    const seen: string[] = [];
    const stop = watchResponseDraft(a.id, () => seen.push("a"));
    await updateResponseDraft(b.id, (cur, now) => setChecked(cur, b.id, "cv", true, now));
    await updateResponseDraft(a.id, (cur, now) => setChecked(cur, a.id, "cv", true, now));
    stop();
    await updateResponseDraft(a.id, (cur, now) => setChecked(cur, a.id, "rate", true, now));
    expect(seen).toEqual(["a"]);
  });
});

describe("response drafts in the backup", () => {
  beforeEach(async () => {
    for (const record of [a, b]) await updateSavedRecord(record.id, () => record);
    await updateResponseDraft(a.id, (cur, now) => setDraftText(cur, a.id, "must-1", "van a", now));
    await updateResponseDraft(b.id, (cur, now) => setDraftText(cur, b.id, "must-1", "van b", now));
  });

  it("are exported with everything else", async () => {
    const state = await loadAppState();
    expect(state.responses?.map((d) => [d.id, d.texts["must-1"]])).toEqual([
      [a.id, "van a"],
      [b.id, "van b"],
    ]);
  });

  it("are imported: merge adds (the backup's winning), replace leaves only the backup's", async () => {
    const incoming = setDraftText(null, a.id, "must-1", "uit de backup", new Date("2025-11-03T10:00:00Z"));
    const backup = { profile: null, saved: { [a.id]: a }, settings: defaultSettings(), responses: [incoming] };
    await importBackup(backup, "merge");
    let drafts = (await loadResponseDrafts()).drafts;
    expect(drafts.map((d) => [d.id, d.texts["must-1"]])).toEqual([
      [a.id, "uit de backup"],
      [b.id, "van b"],
    ]);
    await importBackup(backup, "replace");
    drafts = (await loadResponseDrafts()).drafts;
    expect(drafts.map((d) => d.id)).toEqual([a.id]);
    expect(await stored(responseDraftKey(a.id))).toBe(responseDraftText(incoming));
  });

  it("stay as they are on importing a backup of an earlier version, which has none", async () => {
    await importBackup({ profile: null, saved: { [a.id]: a }, settings: defaultSettings() }, "replace");
    expect((await loadResponseDrafts()).drafts.map((d) => d.id)).toEqual([a.id, b.id]);
  });
});
