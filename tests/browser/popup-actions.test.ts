// The popup's controls (entrypoints/popup/actions.ts) on WXT's fakeBrowser: each one's effect
// read back from the fake storage, through the same record commands as the in-page panel.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { loadSavedHeads, loadSavedRecord } from "../../lib/browser/items";
import { listingKey } from "../../lib/model/listing-key";
import { removeSaved, restoreSaved, saveListing, setNote, setStatus } from "../../entrypoints/popup/actions";
import { makeListing } from "../unit/storage/make-saved";

const listing = makeListing({ url: "https://www.flextender.nl/opdracht/42", title: "Adviseur inkoop" });
const id = listingKey(listing);
const heads = async () => (await loadSavedHeads()).heads;

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date("2025-11-05T10:00:00Z"));
});

afterEach(() => {
  vi.useRealTimers();
});

describe("popup actions", () => {
  it("save stores the listing as of now; saving again keeps it as it was", async () => {
    await saveListing(listing);
    expect(await loadSavedRecord(id)).toMatchObject({ id, savedAt: "2025-11-05T10:00:00.000Z", status: "bewaard" });
    await setNote(id, "cv sturen");
    vi.setSystemTime(new Date("2025-11-06T10:00:00Z"));
    await saveListing(makeListing({ url: listing.url, title: "Adviseur inkoop (gewijzigd)" }));
    expect(await loadSavedRecord(id)).toMatchObject({
      savedAt: "2025-11-05T10:00:00.000Z",
      lastSeenAt: "2025-11-05T10:00:00.000Z",
      note: "cv sturen",
      listing: { title: "Adviseur inkoop" },
    });
  });

  it("status and note reach the record and the index", async () => {
    await saveListing(listing);
    await setStatus(id, "gereageerd");
    await setNote(id, "gesprek dinsdag");
    expect(await loadSavedRecord(id)).toMatchObject({ status: "gereageerd", note: "gesprek dinsdag" });
    expect(await heads()).toMatchObject([{ id, status: "gereageerd", note: "gesprek dinsdag" }]);
  });

  it("remove hands back the record; restore brings it back as it was", async () => {
    await saveListing(listing);
    await setStatus(id, "reageren");
    const removed = await removeSaved(id);
    expect(removed).toMatchObject({ id, status: "reageren" });
    expect(await loadSavedRecord(id)).toBeNull();
    expect(await heads()).toEqual([]);
    await restoreSaved(removed!);
    expect(await loadSavedRecord(id)).toEqual(removed);
    expect((await heads()).map((h) => h.id)).toEqual([id]);
  });

  it("a listing removed meanwhile (another window) stays removed when its status or note changes", async () => {
    await saveListing(listing);
    await removeSaved(id);
    await setStatus(id, "gegund");
    await setNote(id, "te laat");
    expect(await loadSavedRecord(id)).toBeNull();
    expect(await heads()).toEqual([]);
  });
});
