// Problem lines under Dutch headings are Dutch too: the checks' own phrasings are worded in the
// user's language when shown, zod's messages by its locale (lib/i18n/zod-locale.ts).
import { afterAll, describe, expect, it } from "vitest";
import { parseProfileFile } from "../../../lib/forms/profile-file";
import { problemText, profilePathNamer } from "../../../lib/format/problems";
import { setZodLanguage } from "../../../lib/i18n/zod-locale";
import { readProfileLeniently } from "../../../lib/model/profile";
import { readSettings } from "../../../lib/storage/repair";
import { parseBackup } from "../../../lib/storage/backup";

/** English words of the checks and of zod that must not reach a Dutch reader. */
const english =
  /\b(set aside|unreadable|left empty|not a list|not a text|ignored|unknown field|not an object|started empty|default used|defaults used|not valid|duplicate|Invalid|expected|received|Too small|Too big)\b/;

const corrupt = {
  roles: [
    { title: "teamcoach", years: "9", sectors: "gemeente" },
    { title: "", years: -1 },
  ],
  education: "hbo",
  skills: ["Scrum", 7],
  hoursPerWeek: { min: "veel" },
  minRate: { amount: 120, per: "uur" },
  kleur: "blauw",
};

describe("problem lines in Dutch", () => {
  afterAll(() => setZodLanguage("en"));

  it("words every problem of a corrupt stored profile in Dutch, its fields named as on the form", () => {
    setZodLanguage("nl");
    const { problems } = readProfileLeniently(corrupt);
    expect(problems.length).toBeGreaterThan(3);
    const lines = problems.map((p) => problemText(p, "nl", profilePathNamer));
    for (const line of lines) expect(line).not.toMatch(english);
    expect(lines.some((l) => l.startsWith("Rol 2: overgeslagen ("))).toBe(true);
    expect(lines).toContain("kleur: onbekend veld, genegeerd");
    expect(problemText("profile: not an object, started empty", "nl")).toBe(
      "Het opgeslagen profiel was onleesbaar; het formulier begint leeg.",
    );
  });

  it("keeps the English lines English for an English reader", () => {
    setZodLanguage("en");
    const { problems } = readProfileLeniently(corrupt);
    const lines = problems.map((p) => problemText(p, "en", profilePathNamer));
    expect(lines.some((l) => l.startsWith("Role 2: set aside ("))).toBe(true);
    expect(lines).toContain("kleur: unknown field, ignored");
  });

  it("words settings, import and set-aside problems in Dutch", () => {
    setZodLanguage("nl");
    const lines = [
      ...readSettings({ badgeWindowDays: "veel", kleur: 1 }).problems,
      ...readSettings("{kapot").problems,
      ...readSettings(7).problems,
      ...(parseProfileFile("{kapot") as { errors: string[] }).errors,
      ...(parseProfileFile(JSON.stringify({ roles: "geen lijst" })) as { errors: string[] }).errors,
      ...(parseBackup(JSON.stringify({ app: "opdrachtradar", version: 99 })) as { errors: string[] }).errors,
      'saved["https://a.example/1"]: not valid JSON',
      'saved["https://a.example/1"]: holds the listing "https://b.example/2"',
      "setAside:abc: not a set-aside record, kept as found",
    ].map((p) => problemText(p, "nl"));
    expect(lines.length).toBeGreaterThan(6);
    for (const line of lines) expect(line).not.toMatch(english);
    expect(lines).toContain("settings: onleesbaar (geen object), standaardwaarden gebruikt");
  });

  it("shows a line of an unknown shape as it is", () => {
    expect(problemText("iets heel anders", "nl")).toBe("iets heel anders");
  });
});
