import { emptyProfile, type Profile } from "../../../lib/model/profile";
import { requirementFinding } from "../../../lib/match/requirement";

export function profileWith(parts: Partial<Profile>): Profile {
  return { ...emptyProfile(), ...parts };
}

export function verdictOf(text: string, profile: Profile, year = 2025): string {
  return requirementFinding(text, profile, year).verdict;
}
