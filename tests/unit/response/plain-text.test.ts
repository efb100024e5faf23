// "Kopieer alles" (lib/response/plain-text.ts) and the view it is made from
// (lib/response/response-view.ts): per eis and wens the requirement, then its substantiation.
import { describe, expect, it } from "vitest";
import { responsePlainText } from "../../../lib/response/plain-text";
import { responseView } from "../../../lib/response/response-view";
import { compareRate } from "../../../lib/response/rate";
import { matchListing } from "../../../lib/match/matcher";
import { setChecked, setDraftText } from "../../../lib/response/drafts";
import { emptyProfile, type Profile } from "../../../lib/model/profile";
import { makeListing } from "../storage/make-saved";

const now = new Date("2025-11-01T10:00:00+01:00");
const listing = makeListing({
  title: "Projectleider sociaal domein",
  rate: { min: null, max: 110, currency: "EUR", per: "hour" },
  requirements: [
    { id: "must-a", kind: "must", text: "Minimaal 5 jaar ervaring als projectleider", label: null, weight: null },
    { id: "must-b", kind: "must", text: "Plan van aanpak van maximaal 2 A4", label: null, weight: null },
    { id: "nice-c", kind: "nice", text: "Ervaring bij een gemeente", label: "W7", weight: null },
  ],
});
const profile: Profile = {
  ...emptyProfile(),
  roles: [{ title: "projectleider", years: 12, sectors: ["gemeente"], lastYear: 2025 }],
  minRate: { amount: 97.5, per: "hour" },
};
const match = matchListing(listing, profile, { now, lang: "nl" });

describe("the response as plain text", () => {
  it("lays out per eis and wens the requirement, then the substantiation; then rate and checklist", () => {
    let draft = setDraftText(null, "id", "must-b", "Zie bijlage: plan van aanpak.", now);
    draft = setChecked(draft, "id", "plan", true, now);
    const view = responseView(listing, match, profile, draft, "nl");
    const text = responsePlainText(listing, view, compareRate(profile.minRate, listing.rate), "nl");
    expect(text).toBe(
      [
        "Projectleider sociaal domein",
        "Gemeente Zoetermeer · Example",
        "Sluit: 12 nov 2025",
        "",
        "EISEN",
        "",
        "E1. Minimaal 5 jaar ervaring als projectleider",
        "Onderbouwing:",
        "Ik heb 12 jaar ervaring als projectleider, laatst in 2025, bij gemeenten.",
        "",
        "E2. Plan van aanpak van maximaal 2 A4",
        "Onderbouwing:",
        "Zie bijlage: plan van aanpak.",
        "",
        "WENSEN",
        "",
        "W7. Ervaring bij een gemeente",
        "Onderbouwing:",
        "Ik heb 12 jaar ervaring als projectleider, laatst in 2025, bij gemeenten.",
        "",
        "TARIEF",
        "Jouw tarief van € 97,50 per uur valt binnen het maximum van € 110 per uur (€ 12,50 ruimte).",
        "",
        "MEE TE STUREN",
        "[ ] CV",
        "[x] Plan van aanpak (max. 2 A4)",
        "[ ] Tarief",
        "",
      ].join("\n"),
    );
    expect(text).not.toMatch(/[\u00a0\u202f]/);
  });

  it("keeps the user's text when the profile changes: an edited draft is never redrafted", () => {
    const draft = setDraftText(null, "id", "must-a", "Mijn eigen tekst.", now);
    const richer: Profile = { ...profile, roles: [{ ...profile.roles[0]!, years: 20 }] };
    const rows = responseView(listing, match, richer, draft, "nl").rows;
    expect(rows[0]).toMatchObject({ text: "Mijn eigen tekst.", edited: true, toComplete: false });
    expect(rows[2]).toMatchObject({ edited: false });
    expect(rows[2]!.text).toContain("20 jaar");
  });

  it("shows the matcher's evidence where it gives some, else its reason; nothing without a profile", () => {
    const withEvidence = {
      ...match,
      requirements: match.requirements.map((r, i) => (i === 0 ? { ...r, evidence: ["projectleider, 12 jaar"] } : r)),
    };
    const rows = responseView(listing, withEvidence, profile, null, "nl").rows;
    expect(rows[0]!.evidence).toEqual(["projectleider, 12 jaar"]);
    expect(rows[1]!.evidence).toEqual([match.requirements[1]!.reason]);
    const bare = responseView(listing, null, null, null, "en").rows;
    expect(bare.map((r) => [r.verdict, r.text, r.toComplete])).toEqual([
      [null, "", true],
      [null, "", true],
      [null, "", true],
    ]);
  });
});
