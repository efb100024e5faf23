import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { exportFileName } from "../../../lib/forms/file-names";
import { parseProfileFile, profileFileText } from "../../../lib/forms/profile-file";
import { buildBackup } from "../../../lib/storage/backup";
import { defaultSettings } from "../../../lib/model/settings";
import { profilesDir } from "../../shared-folder";

const text = readFileSync(join(profilesDir, "projectleider-sociaal-domein.json"), "utf8");

describe("profile file", () => {
  it("reads an example profile and writes it back readable", () => {
    const result = parseProfileFile(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.profile.roles.map((r) => r.title)).toEqual(
      JSON.parse(text).roles.map((r: { title: string }) => r.title),
    );
    expect(parseProfileFile(profileFileText(result.profile))).toEqual(result);
  });

  it("reports every problem with its path and returns no profile", () => {
    const broken = JSON.parse(text);
    broken.hoursPerWeek.min = "veel";
    broken.education[0].level = "phd";
    const result = parseProfileFile(JSON.stringify(broken));
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    expect(errors.some((e) => e.startsWith("hoursPerWeek.min:"))).toBe(true);
    expect(errors.some((e) => e.startsWith("education[0].level:"))).toBe(true);
  });

  it("says when the file is not JSON at all", () => {
    const result = parseProfileFile("{ roles: [");
    expect(!result.ok && result.errors[0]).toMatch(/^\(top\): not valid JSON/);
  });

  it("takes the profile out of a full backup", () => {
    const profile = JSON.parse(text);
    const backup = buildBackup({ profile, saved: {}, settings: defaultSettings() }, new Date("2025-11-01T12:00:00Z"));
    const result = parseProfileFile(JSON.stringify(backup));
    expect(result.ok && result.profile.regions).toEqual(profile.regions);
  });

  it("dates export files by the UTC day of now", () => {
    const now = new Date("2025-11-30T23:30:00Z");
    expect(exportFileName("profile", now)).toBe("opdrachtradar-profiel-2025-11-30.json");
    expect(exportFileName("ics", now)).toBe("opdrachtradar-deadlines-2025-11-30.ics");
  });
});
