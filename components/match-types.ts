// The matcher's result as the components see it (lib/match/matcher.ts owns the shapes).
export type {
  CheckMatch as CheckView,
  MatchResult as MatchView,
  RequirementMatch as RequirementView,
  Tally,
} from "../lib/match/matcher";
