// Verdicts on a requirement: the matcher's, and the user's own that overrides it.

/** The matcher's verdict on a requirement against the profile. */
export type Verdict = "met" | "unmet" | "unknown";

/** The user's own verdict on a requirement, kept with a saved listing (lib/model/saved.ts). */
export const userVerdicts = ["met", "unmet"] as const;
export type UserVerdict = (typeof userVerdicts)[number];

/** What the user asks for: their own verdict, or null to take it back (the matcher's again). */
export type VerdictOverride = UserVerdict | null;
