// The profile form's certificates and languages: round trip, validation, blank rows.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { emptyCertificate, emptyLanguage } from "../../../lib/forms/profile-credentials";
import { draftToProfile, profileFieldOrder, profileToDraft } from "../../../lib/forms/profile-form";
import { emptyProfile, profileSchema, type Profile } from "../../../lib/model/profile";
import { profilesDir } from "../../shared-folder";

const now = new Date("2025-11-20T10:00:00Z");
const example = (name: string): Profile =>
  profileSchema.parse(JSON.parse(readFileSync(join(profilesDir, `${name}.json`), "utf8")));

describe("certificates and languages in the profile form", () => {
  for (const name of ["jurist-ict", "zorgadviseur-big", "senior-procesbegeleider"])
    it(`gives back ${name} unchanged`, () => {
      const profile = example(name);
      expect(draftToProfile(profileToDraft(profile), now)).toEqual({ ok: true, value: profile });
    });

  it("shows a valid-until date as the user types dates", () => {
    const draft = profileToDraft(example("jurist-ict"));
    expect(draft.certificates[0]).toMatchObject({ name: "Prince2 Practitioner", validUntil: "01-03-2027" });
    expect(draft.languages[1]).toMatchObject({ name: "Engels", level: "C1" });
  });

  it("reports a bad date, a missing name and a language twice, each at its field, in page order", () => {
    const draft = profileToDraft(emptyProfile());
    draft.certificates = [
      { ...emptyCertificate(), name: "IPMA-C", validUntil: "31-02-2026" },
      { ...emptyCertificate(), validUntil: "01-01-2027" },
    ];
    draft.languages = [
      { ...emptyLanguage(), name: "Engels", level: "B2" },
      { ...emptyLanguage(), name: " engels ", level: "" },
      { ...emptyLanguage(), level: "C1" },
    ];
    const result = draftToProfile(draft, now);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors["certificates.0.validUntil"]?.key).toBe("options_err_date");
    expect(result.errors["certificates.1.name"]?.key).toBe("options_err_required");
    expect(result.errors["languages.1.name"]).toEqual({ key: "options_err_language_twice", subs: ["engels"] });
    expect(result.errors["languages.2.name"]?.key).toBe("options_err_required");
    const order = profileFieldOrder(draft);
    expect(order.indexOf("certificates.0.validUntil")).toBeLessThan(order.indexOf("languages.1.name"));
  });

  it("drops blank rows and leaves empty lists out, as before", () => {
    const draft = profileToDraft(emptyProfile());
    draft.certificates = [emptyCertificate()];
    draft.languages = [emptyLanguage()];
    expect(draftToProfile(draft, now)).toEqual({ ok: true, value: emptyProfile() });
  });
});
