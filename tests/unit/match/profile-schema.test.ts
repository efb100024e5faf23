import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { emptyProfile, profileSchema, readProfileLeniently } from "../../../lib/model/profile";

const dir = join(__dirname, "../../match-cases/profiles");

describe("profileSchema", () => {
  it("loads every example profile, including both shared ones", () => {
    const files = readdirSync(dir);
    expect(files).toContain("senior-procesbegeleider.json");
    expect(files).toContain("projectleider-sociaal-domein.json");
    for (const f of files)
      expect(profileSchema.safeParse(JSON.parse(readFileSync(join(dir, f), "utf8"))).success).toBe(true);
  });

  it("accepts the empty profile and rejects a bad level", () => {
    expect(profileSchema.parse(emptyProfile())).toEqual(emptyProfile());
    const bad = { ...emptyProfile(), education: [{ level: "phd", degree: null, field: null, completed: true }] };
    expect(profileSchema.safeParse(bad).success).toBe(false);
  });
});

describe("readProfileLeniently", () => {
  it("reads a valid profile without problems", () => {
    const raw = JSON.parse(readFileSync(join(dir, "senior-procesbegeleider.json"), "utf8"));
    const { profile, problems } = readProfileLeniently(raw);
    expect(problems).toEqual([]);
    expect(profile).toEqual(profileSchema.parse(raw));
  });

  it("sets a bad role aside, reports it, and keeps the others", () => {
    const { profile, problems } = readProfileLeniently({
      roles: [{ title: "teamcoach", years: 9, sectors: ["gemeente"], lastYear: 2024 }, { years: 3 }, "rubbish"],
      skills: ["Scrum"],
    });
    expect(profile.roles.map((r) => r.title)).toEqual(["teamcoach"]);
    expect(profile.skills).toEqual(["Scrum"]);
    expect(problems).toHaveLength(2);
    expect(problems.join(" ")).toMatch(/roles\[1\].*roles\[2\]/);
  });

  it("repairs old shapes: numbers as text, one skills string, Dutch units, a single hours figure", () => {
    const { profile, problems } = readProfileLeniently({
      roles: [{ title: "projectleider", years: "5", sectors: "gemeente, provincie", lastYear: "2025" }],
      education: [{ level: "HBO", degree: "Bachelor", completed: "ja" }],
      skills: "Agile, Scrum",
      hoursPerWeek: "32",
      minRate: { amount: "95", per: "uur" },
      availableFrom: "2025-12-01T00:00:00.000Z",
    });
    expect(problems).toEqual([]);
    expect(profile.roles[0]).toEqual({
      title: "projectleider",
      years: 5,
      sectors: ["gemeente", "provincie"],
      lastYear: 2025,
    });
    expect(profile.education[0]).toMatchObject({ level: "hbo", degree: "bachelor", completed: true });
    expect(profile.skills).toEqual(["Agile", "Scrum"]);
    expect(profile.hoursPerWeek).toEqual({ min: 32, max: 32 });
    expect(profile.minRate).toEqual({ amount: 95, per: "hour" });
    expect(profile.availableFrom).toBe("2025-12-01");
  });

  it("reports what it cannot read instead of dropping it silently", () => {
    const { profile, problems } = readProfileLeniently({
      education: [{ level: "wo", degree: "master" }],
      minRate: { amount: "veel", per: "uur" },
      hoursPerWeek: { min: 40, max: 20 },
      regions: ["Utrecht", 7],
      favouriteColour: "blue",
    });
    expect(profile.education[0]?.completed).toBe(false);
    expect(profile.minRate).toBeNull();
    expect(profile.hoursPerWeek).toEqual({ min: 20, max: 40 });
    expect(profile.regions).toEqual(["Utrecht"]);
    expect(problems.some((p) => p.startsWith("education[0].completed"))).toBe(true);
    expect(problems.some((p) => p.startsWith("minRate"))).toBe(true);
    expect(problems.some((p) => p.startsWith("regions[1]"))).toBe(true);
    expect(problems.some((p) => p.startsWith("favouriteColour"))).toBe(true);
  });

  it("starts empty, with a problem, from something that is not a profile", () => {
    for (const raw of [null, "x", 3, []]) {
      const { profile, problems } = readProfileLeniently(raw);
      expect(profile).toEqual(emptyProfile());
      expect(problems).toHaveLength(1);
    }
  });
});

describe("certificates and languages (issue 18)", () => {
  const base = {
    roles: [],
    education: [],
    skills: [],
    hoursPerWeek: null,
    minRate: null,
    regions: [],
    availableFrom: null,
  };
  it("still reads a profile stored before they existed", () => {
    expect(profileSchema.safeParse(base).success).toBe(true);
    const { profile, problems } = readProfileLeniently(base);
    expect(problems).toEqual([]);
    expect(profile.certificates).toBeUndefined();
    expect(profile.languages).toBeUndefined();
  });
  it("reads certificates with an optional valid-until date and languages with an optional level", () => {
    const { profile, problems } = readProfileLeniently({
      ...base,
      certificates: [{ name: "Prince2", validUntil: "01-03-2027" }, { name: "VOG", validUntil: "" }, { name: "" }],
      languages: [
        { name: "Engels", level: "c1" },
        { name: "Nederlands", level: "Native" },
        { name: "Duits", level: "Z9" },
      ],
    });
    expect(profile.certificates).toEqual([{ name: "Prince2", validUntil: "2027-03-01" }, { name: "VOG" }]);
    expect(profile.languages).toEqual([
      { name: "Engels", level: "C1" },
      { name: "Nederlands", level: "moedertaal" },
    ]);
    expect(problems.some((p) => p.startsWith("certificates[2]"))).toBe(true);
    expect(problems.some((p) => p.startsWith("languages[2]"))).toBe(true);
  });
});
