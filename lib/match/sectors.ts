// Sector matching: which sectors a requirement names, which a profile role names, and whether
// the role shows the sector (met), may have included it (unknown) or shows it not (unmet).
import { G40_CITIES, G4_CITIES, SECTORS } from "./sectors-data";
import { memo, normalize } from "./text";
import { findTerms, termSet, type Span, type TermSet } from "./terms";
import type { Verdict } from "./verdict";

const isA = new Map<string, string[]>(SECTORS.map((s) => [s.id, s.isA ?? []]));
const mayInclude = new Map<string, string[]>(SECTORS.map((s) => [s.id, s.mayInclude ?? []]));
// Work named as sociaal domein may have been done at a gemeente (the usual employer).
mayInclude.set("sociaal domein", [...(mayInclude.get("sociaal domein") ?? []), "gemeente"]);
for (const city of G4_CITIES) isA.set(`gemeente ${city}`, ["G4"]);
for (const city of G40_CITIES) isA.set(`gemeente ${city}`, ["G40"]);

const cityAlias = (cities: string) => `gemeente (?:van )?${cities.replace(/[-']/g, (c) => `\\${c}`)}`;
// The named gemeenten as one alternative (fast), told apart after the match.
const CITY = "gemeente (by name)";
const SECTOR_SET: TermSet = termSet([
  { id: CITY, aliases: [cityAlias(`(?:${[...G4_CITIES, ...G40_CITIES].join("|")})`)] },
  ...SECTORS,
]);

/** The sectors a text names: "bij de gemeente Utrecht" is the gemeente Utrecht (G4). */
export function findSectors(text: string): Span[] {
  const spans = findTerms(text, SECTOR_SET);
  // The spans are new: named where found rather than copied.
  for (const s of spans)
    if (s.id === CITY) s.id = text.slice(s.start, s.end).replace(/^gemeente (?:van )?/, "gemeente ");
  return spans;
}

const ancestorCache = new Map<string, Set<string>>();
function ancestors(id: string): Set<string> {
  const cached = ancestorCache.get(id);
  if (cached) return cached;
  const out = new Set<string>([id]);
  const queue = [id];
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    // A gemeente we know by name but that is not G4/G40 is still a gemeente.
    const parents = isA.get(next) ?? (next.startsWith("gemeente ") ? ["gemeente"] : []);
    for (const p of parents) {
      if (out.has(p)) continue;
      out.add(p);
      queue.push(p);
    }
  }
  ancestorCache.set(id, out);
  return out;
}

/** The most specific sectors in what a user typed: "gemeente Zwolle" → the gemeente Zwolle. */
export const profileSectorIds = memo(function profileSectorIds(typed: string): string[] {
  const text = normalize(typed);
  const named = /^gemeente (?:van )?([a-z' -]+)$/.exec(text);
  if (named) return [`gemeente ${named[1]!.trim()}`];
  if ([...G4_CITIES, ...G40_CITIES].includes(text)) return [`gemeente ${text}`];
  const ids = [...new Set(findSectors(text).map((s) => s.id))];
  return ids.length > 0 ? ids : [text];
});

/** Does a role's sector list show the required sector? */
export function sectorVerdict(required: string, roleSectors: string[]): Verdict {
  if (roleSectors.length === 0) return "unknown";
  const requiredUp = ancestors(required);
  let verdict: Verdict = "unmet";
  for (const id of roleSectors) {
    const up = ancestors(id);
    if (up.has(required)) return "met";
    const broader = requiredUp.has(id);
    const overlaps = [...up].some((a) =>
      (mayInclude.get(a) ?? []).some((m) => requiredUp.has(m) || ancestors(m).has(required)),
    );
    if (broader || overlaps) verdict = "unknown";
  }
  return verdict;
}
