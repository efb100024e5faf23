import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { profileSchema } from "../../../lib/model/profile";
import { backupFileName, buildBackup, mergeSaved, parseBackup, type AppState } from "../../../lib/storage/backup";
import { defaultSettings } from "../../../lib/model/settings";
import { profilesDir } from "../../shared-folder";
import { makeSaved } from "./make-saved";

const profile = profileSchema.parse(
  JSON.parse(readFileSync(join(profilesDir, "senior-procesbegeleider.json"), "utf8")),
);
const now = new Date("2025-11-03T14:30:00Z");

function state(): AppState {
  const a = makeSaved({ url: "https://a.nl/1", title: 'Adviseur, inkoop; "zwaar"' }, { note: "bellen\nmet Petra" });
  const b = makeSaved({ url: "https://a.nl/2", deadline: "2025-12-01T12:00" }, { status: "gereageerd" });
  const siteRules: AppState["siteRules"] = [
    {
      host: "www.example-broker.nl",
      field: "deadline",
      anchor: {
        label: "reageren voor",
        labelTag: "span",
        relation: "after",
        up: 1,
        path: [{ tag: "span", role: null }],
      },
      sample: "12 dec 2025",
      createdAt: "2025-11-01T10:00:00.000Z",
    },
  ];
  return {
    profile,
    saved: { [a.id]: a, [b.id]: b },
    settings: { ...defaultSettings(), lang: "en" },
    siteRules,
    userSites: [{ origin: "https://www.yacht.nl", addedAt: "2025-11-01T10:00:00.000Z" }],
  };
}

describe("backup", () => {
  it("round-trips everything through JSON text", () => {
    const original = state();
    const text = JSON.stringify(buildBackup(original, now));
    const parsed = parseBackup(text);
    expect(parsed).toEqual({ ok: true, state: original, exportedAt: now.toISOString() });
  });

  it("labels the document and names the file after the day", () => {
    const backup = buildBackup(state(), now);
    expect(backup).toMatchObject({ app: "opdrachtradar", version: 1, exportedAt: "2025-11-03T14:30:00.000Z" });
    expect(backup.saved).toHaveLength(2);
    expect(backupFileName(now)).toBe("opdrachtradar-backup-2025-11-03.json");
  });

  it("accepts a backup without a profile", () => {
    const text = JSON.stringify(buildBackup({ ...state(), profile: null }, now));
    expect(parseBackup(text).ok).toBe(true);
  });

  it("is all or nothing and reports every problem with its path", () => {
    const backup = JSON.parse(JSON.stringify(buildBackup(state(), now))) as Record<string, unknown>;
    const saved = backup.saved as Array<{ listing: Record<string, unknown> }>;
    saved[1]!.listing.deadline = "volgende week";
    (backup.profile as Record<string, unknown>).roles = [{ title: "", years: -2 }];
    const result = parseBackup(JSON.stringify(backup));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.some((e) => e.startsWith("saved[1].listing.deadline: "))).toBe(true);
    expect(result.errors.some((e) => e.startsWith("profile.roles[0].title: "))).toBe(true);
    expect(result.errors.some((e) => e.startsWith("profile.roles[0].years: "))).toBe(true);
  });

  it.each([
    ["text that is not JSON", "{ saved: [] "],
    ["another app's file", JSON.stringify({ app: "iets-anders", version: 1 })],
    ["an empty object", "{}"],
    ["null", "null"],
  ])("refuses %s", (_name, text) => {
    const result = parseBackup(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
  });

  it("refuses a backup from a newer version, saying so", () => {
    const backup = { ...buildBackup(state(), now), version: 99 };
    const result = parseBackup(JSON.stringify(backup));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join()).toMatch(/^version: .*newer version/);
  });

  it("refuses two saved records with one id", () => {
    const backup = buildBackup(state(), now);
    const first = backup.saved[0]!;
    const result = parseBackup(JSON.stringify({ ...backup, saved: [first, first] }));
    expect(result).toEqual({ ok: false, errors: [`saved[1].id: duplicate id ${first.id}`] });
  });
});

describe("mergeSaved", () => {
  it("adds new records, lets incoming win per id and keeps the rest", () => {
    const a = makeSaved({ url: "https://a.nl/1" }, { note: "oud" });
    const b = makeSaved({ url: "https://a.nl/2" });
    const aNew = { ...a, note: "nieuw" };
    const c = makeSaved({ url: "https://a.nl/3" });
    const result = mergeSaved({ [a.id]: a, [b.id]: b }, { [aNew.id]: aNew, [c.id]: c });
    expect(result.added).toBe(1);
    expect(result.replaced).toBe(1);
    expect(result.kept).toBe(1);
    expect(result.saved).toEqual({ [a.id]: aNew, [b.id]: b, [c.id]: c });
  });
});

// Issue #13, "small ones": what an import may store.
describe("import checks (#13)", () => {
  const backupWith = (records: unknown[]) =>
    JSON.stringify({ ...buildBackup(state(), now), saved: records as ReturnType<typeof buildBackup>["saved"] });

  it("small: import refuses javascript: and data: URLs", () => {
    const script = makeSaved({ url: "javascript:alert(document.cookie)" });
    const data = makeSaved({ url: "https://a.nl/3", canonicalUrl: "data:text/html,<script>alert(1)</script>" });
    const result = parseBackup(backupWith([script, { ...data, id: "https://a.nl/3" }]));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toContain("saved[0].listing.url: not an http(s) address");
    expect(result.errors).toContain("saved[1].listing.canonicalUrl: not an http(s) address");
  });

  it("small: import refuses an id that is not the listing key of its URL", () => {
    const record = makeSaved({ url: "https://www.striive.com/opdracht/1" });
    const result = parseBackup(backupWith([{ ...record, id: "https://www.flextender.nl/opdracht/9" }]));
    expect(result).toEqual({
      ok: false,
      errors: [
        'saved[0].id: "https://www.flextender.nl/opdracht/9" is not the listing\'s key https://striive.com/opdracht/1',
      ],
    });
  });

  it("small: a record with id __proto__ is refused by the import and kept as an id by the merge", () => {
    const record = makeSaved({ url: "https://a.nl/proto" });
    const proto = { ...record, id: "__proto__" };
    expect(parseBackup(backupWith([proto])).ok).toBe(false);

    const incoming = Object.fromEntries([["__proto__", proto]]) as Record<string, typeof proto>;
    const existing = Object.fromEntries([[record.id, record]]);
    const result = mergeSaved(existing, incoming);
    expect(result).toMatchObject({ added: 1, replaced: 0, kept: 1 });
    expect(Object.getPrototypeOf(result.saved)).toBeNull();
    expect(Object.keys(result.saved).sort()).toEqual([record.id, "__proto__"].sort());
    expect(Object.values(result.saved)).toHaveLength(2);
    // The constructor of an ordinary object is not mistaken for a record either.
    const ctor = { ...record, id: "constructor" };
    expect(mergeSaved({}, Object.fromEntries([["constructor", ctor]]))).toMatchObject({ added: 1, replaced: 0 });
  });
});
