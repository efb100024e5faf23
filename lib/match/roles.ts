// Experience: does a role in the profile show the years, the recency and the sector asked for?
import type { Role } from "../model/profile";
import type { ParsedPart, RoleRef } from "./parse-part";
import { profileSectorIds, sectorVerdict } from "./sectors";
import { memo, normalize, stem } from "./text";
import { findTerms, termSet, type TermSet } from "./terms";
import { allOf, anyOf, finding, quote, quoted, type Finding, type Quote, type Verdict } from "./verdict";
import { ROLES, VAGUE_YEARS } from "./vocabulary";

export const ROLE_TERMS: TermSet = termSet(ROLES.map((r) => ({ id: r.name, aliases: r.aliases })));
const includesByName = new Map(ROLES.map((r) => [r.name, [r.name, ...(r.includes ?? [])]]));

const normalTitle = memo(normalize);

const titleRoles = memo((title: string) => new Set(findTerms(normalTitle(title), ROLE_TERMS).map((s) => s.id)));

export function titleMatches(title: string, ref: RoleRef): boolean {
  if (!ref.known) {
    // Every word of the asked title in the profile's title: "jurist omgevingsrecht" in "jurist omgevingsrecht".
    const held = normalTitle(title)
      .split(/[\s-]+/)
      .map(stem);
    return ref.name.split(/[\s-]+/).every((w) => held.includes(stem(w)));
  }
  const held = titleRoles(title);
  return (includesByName.get(ref.name) ?? [ref.name]).some((name) => held.has(name));
}

interface Context {
  nowYear: number;
}

/** The years of a role that fall inside "de afgelopen N jaar", assuming they run up to lastYear. */
function yearsFinding(role: Role, part: ParsedPart, ctx: Context): Finding {
  let years = role.years;
  if (part.window !== null) {
    if (role.lastYear === null) return finding("unknown", "match_window_unknown", role.title);
    years = Math.min(years, part.window - (ctx.nowYear - role.lastYear));
    if (years <= 0) return finding("unmet", "match_window_out", role.title, String(role.lastYear), part.window);
  }
  if (part.years !== null) {
    const verdict: Verdict = years >= part.years ? "met" : "unmet";
    if (part.window !== null) return finding(verdict, "match_years_window", years, role.title, part.window, part.years);
    return finding(verdict, "match_years", years, role.title, part.years);
  }
  if (part.vague && years < VAGUE_YEARS) return finding("unknown", "match_role_vague", years, role.title);
  return finding("met", "match_role_present", role.title, years);
}

// A role's sectors as sector ids, and how they bear on each sector asked: worked out once per
// role object, not again for every claim (a profile is not changed in place: the profile form
// makes a new one).
const sectorsOfRole = new WeakMap<Role, { ids: string[]; verdicts: Map<string, Verdict> }>();

function roleSectorVerdict(role: Role, required: string): Verdict {
  let known = sectorsOfRole.get(role);
  if (!known) {
    known = { ids: role.sectors.flatMap(profileSectorIds), verdicts: new Map() };
    sectorsOfRole.set(role, known);
  }
  let verdict = known.verdicts.get(required);
  if (verdict === undefined) {
    verdict = sectorVerdict(required, known.ids);
    known.verdicts.set(required, verdict);
  }
  return verdict;
}

/** The first asked sector with verdict `v`. */
const pick = (part: ParsedPart, verdicts: Verdict[], v: Verdict) =>
  part.sectors[verdicts.indexOf(v)] ?? part.sectors[0]!;

function sectorFinding(role: Role, part: ParsedPart): Finding | null {
  if (part.sectors.length === 0) return null;
  if (role.sectors.length === 0) return finding("unknown", "match_sector_none", role.title);
  const verdicts = part.sectors.map((s) => roleSectorVerdict(role, s));
  const combine = part.sectorsJoin === "or" ? anyOf : allOf;
  const best = combine(verdicts.map((v) => finding(v, "x"))).verdict;
  if (best === "met") return finding("met", "match_sector_met", pick(part, verdicts, "met"), role.title);
  if (best === "unknown")
    return finding("unknown", "match_sector_unknown", role.sectors.join(", "), pick(part, verdicts, "unknown"));
  return finding(
    "unmet",
    "match_sector_unmet",
    part.sectors.join(part.sectorsJoin === "or" ? " / " : " + "),
    role.title,
  );
}

// Made once per role object (a profile is not changed in place), so their texts are cached too.
const roleQuotes = new WeakMap<Role, { plain: Quote; sectors: Quote }>();

/** A role as the user reads it back: "procesbegeleider, 17 jaar, laatst in 2025 (gemeente, provincie)". */
export function roleQuote(role: Role, withSectors: boolean): Quote {
  let both = roleQuotes.get(role);
  if (!both) {
    both = { plain: makeRoleQuote(role, false), sectors: makeRoleQuote(role, true) };
    roleQuotes.set(role, both);
  }
  return withSectors ? both.sectors : both.plain;
}

function makeRoleQuote(role: Role, withSectors: boolean): Quote {
  const sectors = withSectors && role.sectors.length > 0 ? role.sectors.join(", ") : null;
  if (role.lastYear === null)
    return sectors
      ? quote("match_ev_role_sectors", role.title, role.years, sectors)
      : quote("match_ev_role", role.title, role.years);
  return sectors
    ? quote("match_ev_role_last_sectors", role.title, role.years, String(role.lastYear), sectors)
    : quote("match_ev_role_last", role.title, role.years, String(role.lastYear));
}

function roleFinding(role: Role, ref: RoleRef | null, part: ParsedPart, ctx: Context): Finding {
  return quoted(judgeRole(role, ref, part, ctx), roleQuote(role, part.sectors.length > 0));
}

function judgeRole(role: Role, ref: RoleRef | null, part: ParsedPart, ctx: Context): Finding {
  const sector = sectorFinding(role, part);
  const asksYears = ref !== null || part.years !== null || part.window !== null || part.vague;
  // Sector-only claims give the sector as the reason; role claims give the years first.
  const years = asksYears ? yearsFinding(role, part, ctx) : null;
  // "3 jaar ervaring binnen de overheid": both shown, one reason that says both.
  if (ref === null && sector?.verdict === "met" && years?.verdict === "met" && part.years !== null)
    return finding("met", "match_sector_years", role.years, role.title, sector.subs[0]!, part.years);
  const found = ref === null && sector ? [sector] : [];
  if (years) found.push(years);
  if (sector && ref !== null) found.push(sector);
  if (ref?.senior && !/\bsenior\b/.test(normalTitle(role.title)))
    found.push(finding("unknown", "match_role_senior_unknown", role.years, role.title));
  return allOf(found);
}

/** "als X [of Y]": the best matching role per asked role, joined by the part's "of"/"en". */
export function rolesFinding(roles: Role[], part: ParsedPart, ctx: Context): Finding {
  if (roles.length === 0) return finding("unknown", "match_no_roles");
  const perRef = part.roles.map((ref) => {
    const matching = roles.filter((r) => titleMatches(r.title, ref));
    if (matching.length === 0)
      return ref.known
        ? finding("unmet", "match_role_missing", ref.name)
        : finding("unknown", "match_role_unknown_title", ref.name);
    return anyOf(matching.map((r) => roleFinding(r, ref, part, ctx)));
  });
  return part.rolesJoin === "or" ? anyOf(perRef) : allOf(perRef);
}

/** "N jaar ervaring binnen de overheid": any role in that sector, with the years. */
export function sectorOnlyFinding(roles: Role[], part: ParsedPart, ctx: Context): Finding {
  if (roles.length === 0) return finding("unknown", "match_no_roles");
  return anyOf(roles.map((r) => roleFinding(r, null, part, ctx)));
}
