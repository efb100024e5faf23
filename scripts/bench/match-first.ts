// The first match of a fresh process, run by benchMatcher (node-lib.ts) as a child process: what
// a first listing pays that later ones do not (regexes compiled on first use, lazy set-up, code
// not yet optimised). Prints JSON: the ms of the one matchListing call, and apart from it the
// ms of importing the matcher (module load, excluded from the match figure).
import { registerBundledCatalogs } from "../../lib/i18n/bundled";
import { BENCH_NOW, benchProfile, listingWith, withUnseenTexts } from "./match-listing";

const importStart = performance.now();
const { matchListing } = await import("../../lib/match/matcher");
const importMs = performance.now() - importStart;

registerBundledCatalogs();
const profile = benchProfile();
// 20 texts, each new to this process (the plain bench listing repeats some of its 13 phrasings).
const listing = withUnseenTexts(listingWith(20), 1);

const start = performance.now();
const result = matchListing(listing, profile, { now: BENCH_NOW, lang: "nl" });
const ms = performance.now() - start;

if (result.requirements.length !== 20) throw new Error("expected 20 requirement matches");
console.log(JSON.stringify({ ms, importMs }));
