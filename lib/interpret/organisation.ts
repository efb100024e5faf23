// Telling the client (the organisation the work is for) from the broker that publishes it.
// Every pattern here runs over page text: names are matched word by word with one way to split
// them (a hyphen only inside a word, whitespace only between words, a bounded word count), so a
// hostile text ("Gemeente A-A-A-…!") costs linear time, never exponential backtracking.
import { normalize } from "../dutch/text";

const ORG_WORDS =
  "Gemeente|Provincie|Waterschap|Hoogheemraadschap|Ministerie van|Ministerie|Rijkswaterstaat|Rijksdienst voor|Rijksvastgoedbedrijf|Dienst|Veiligheidsregio|Omgevingsdienst|GGD|Politie|Belastingdienst|UWV|Kadaster|Hogeschool|Universiteit|Ziekenhuis|Stichting|Woningcorporatie|Woonstichting|Regio|Inspectie|Nationale|Koninklijke";

/**
 * One word of a name: capitalised, a hyphen only between letters ("Noord-Holland",
 * "'s-Hertogenbosch"), bounded in length so that trying it at every position stays linear.
 */
const WORD = String.raw`(?:['’]s-)?[\p{Lu}][\p{L}\p{N}'’.&+]{0,30}(?:-[\p{L}\p{N}][\p{L}\p{N}'’.&+]{0,30}){0,3}`;
const JOIN = "en|van|de|der|den|het|voor|aan|op|in|of|the|for|and|&";
/** A name: up to nine words, lower-case joining words allowed between capitalised ones. */
const NAME = String.raw`${WORD}(?:[ \t]+(?:(?:${JOIN})[ \t]+)?${WORD}){0,8}`;

/** "Gemeente Zoetermeer", "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties" */
export const ORG_NAME = new RegExp(`\\b(?:${ORG_WORDS})[ \\t]+${NAME}`, "u");
const ORG_WHOLE = new RegExp(`^(?:${ORG_WORDS})[ \\t]+${NAME}$`, "u");
const AFTER_BIJ = new RegExp(`\\b(?:bij|voor|for|at)[ \\t]+((?:${ORG_WORDS})[ \\t]+${NAME})`, "u");
const ACRONYM = /^[\p{Lu}][\p{Lu}\d&]{1,5}$/u;
/** Company forms that make a name an organisation on their own ("Alliander N.V.", "Maastricht UMC+"). */
const COMPANY_END =
  /(?:\bB\.?V\.?|\bN\.?V\.?|\bUMC\+?|\bMC|\bGroep|\bGroup|\bBank|\bHolding|\bInc\.?|\bLtd\.?|\bGmbH|\bAG)$/u;

function trimTail(name: string): string {
  return name
    .replace(/(?<=[\p{Ll}\d]{2})\.$/u, "") // "Gemeente Ede." ends a sentence; "B.V." keeps its dot
    .replace(/(?:\s(?:en|van|de|der|den|het|voor|aan|op|in|of|the|for|and|&))+$/u, "")
    .trim();
}

/** "Gemeente Arnhem · Arnhem": the first part of a line split by a middle dot or bar. */
function firstPart(text: string): string {
  return (text.split(/\s[·•|]\s/)[0] ?? "").trim();
}

/** A whole text (or its first part before " · " / " | ") that is an organisation name, else null. */
export function wholeOrganisation(text: string): string | null {
  const t = firstPart(text.slice(0, 200));
  return t.length <= 80 && ORG_WHOLE.test(t) ? trimTail(t) : null;
}

/** "Opdracht bij Gemeente Utrecht: …" → "Gemeente Utrecht". */
export function organisationAfterBij(text: string): string | null {
  const m = AFTER_BIJ.exec(text.slice(0, 5000));
  return m?.[1] ? trimTail(m[1]) : null;
}

// --- client named in prose --------------------------------------------------------------------

/** Fixed words in any case, while names keep their capital ("voor" → "[vV][oO][oO][rR]"). */
function ci(words: string): string {
  return words.replace(/\p{L}/gu, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`);
}

const LEAD = String.raw`(?:${ci("de")}|${ci("het")}|${ci("the")})[ \t]+`;
const CLIENT_WORD = ci("(?:eind)?(?:klant|opdrachtgever|relatie)");
const S = "[ \\t]+";
/**
 * Phrases that introduce the client by name. Each starts with fixed words, so the name pattern
 * runs only where they stand. Fixed words match in any case; the name must be capitalised.
 */
const PROSE: RegExp[] = [
  // "Voor onze eindklant, de Gemeente Almere, zoeken wij", "Namens onze opdrachtgever Hoogheemraadschap van Delfland"
  new RegExp(
    `\\b${ci("(?:voor|namens|bij)")}${S}${ci("(?:onze|een|de|haar|hun|mijn)")}${S}${CLIENT_WORD}[ \\t]*[,:–-]?[ \\t]*(?:${LEAD})?(${NAME})`,
    "u",
  ),
  // "De opdrachtgever is de Gemeente Ede", "Onze klant: Alliander"
  new RegExp(`\\b${CLIENT_WORD}(?:[ \\t]*:|${S}${ci("is")})[ \\t]+(?:${LEAD})?(${NAME})`, "u"),
  // "namens RVO", "in opdracht van de Provincie Utrecht", "ten behoeve van Rijkswaterstaat"
  new RegExp(`\\b${ci("(?:namens|in opdracht van|ten behoeve van)").replace(/ /g, S)}${S}(?:${LEAD})?(${NAME})`, "u"),
  // Jellow: "Geplaatst door Hogeschool Utrecht · 19 november 2025"
  new RegExp(`\\b${ci("(?:geplaatst door|posted by)").replace(/ /g, S)}${S}(${NAME})`, "u"),
  // "Our client, the Port of Rotterdam Authority, is looking", "on behalf of our client ING"
  new RegExp(`\\b${ci("(?:our|my) client").replace(/ /g, S)}[ \\t]*[,:–-]?[ \\t]*(?:${LEAD})?(${NAME})`, "u"),
  new RegExp(
    `\\b${ci("on behalf of").replace(/ /g, S)}${S}(?:${ci("(?:our|a) client").replace(/ /g, S)}[ \\t]*,?[ \\t]*)?(?:${LEAD})?(${NAME})`,
    "u",
  ),
];
// Capitalised words that open a sentence after such a phrase but are no name.
const NOT_A_NAME =
  /^(?:Wij|We|Zij|Ze|Hij|Jij|Je|U|Deze|Dit|Die|Dat|Een|Onze|Ons|Hun|Zijn|Haar|Zoeken|Is|Are|Our|This|That|They|It|Nederland|Netherlands|Opdrachtgever|Klant|Client)\b/u;

function cleanName(raw: string | undefined): string | null {
  if (!raw) return null;
  // "Hogeschool Utrecht · 19 november": a date or count after the name is no part of it
  const name = trimTail(raw.replace(/(?:[ \t]+\d[\p{L}\p{N}'’.&+-]*)+$/u, ""));
  if (name.length < 2 || name.length > 80 || NOT_A_NAME.test(name)) return null;
  return name;
}

/**
 * The client a sentence names: "Voor onze eindklant, de Gemeente Almere, zoeken wij" → "Gemeente
 * Almere"; "namens RVO" → "RVO"; "Our client, the Port of Rotterdam Authority, is" → "Port of
 * Rotterdam Authority". The name may still be a broker's: check it with isBroker. Null when none.
 */
export function clientFromProse(text: string): string | null {
  const t = text.slice(0, 5000).replace(/[\u00a0\u202f]/g, " ");
  let best: { name: string; index: number } | null = null;
  for (const re of PROSE) {
    const m = re.exec(t);
    const name = cleanName(m?.[1]);
    if (m && name && (!best || m.index < best.index)) best = { name, index: m.index };
  }
  return best?.name ?? null;
}

// "Over de organisatie", "Over de opdrachtgever", "Organisatie en team", "About the company"
const ABOUT_HEADING =
  /^(?:over\s+(?:de\s+|onze\s+)?(?:organisatie|opdrachtgever|eindklant|klant|werkgever|instantie)|(?:de\s+)?(?:organisatie|opdrachtgever)(?:\s+en\s+(?:team|afdeling))?|wie\s+is\s+de\s+opdrachtgever|about\s+(?:the\s+|our\s+)?(?:client|company|organi[sz]ation|employer))\s*[:?]?$/i;
const SUBJECT = new RegExp(
  String.raw`^(?:(?:De|Het|The)[ \t]+)?(${NAME})[ \t]*(?:\([\p{Lu}\d&]{2,6}\))?[ \t]+(?:is|werkt|heeft|zet|maakt|biedt|staat|zorgt|verzorgt|beheert|levert|wil|gaat|zoekt|helpt|bestaat|vormt|was|are|works|has|builds|provides|helps|makes)\b`,
  "u",
);
const ONLY_NAME = new RegExp(`^(?:(?:De|Het|The)[ \\t]+)?(${NAME})[.]?$`, "u");

/** True for a heading over a text about the client ("Over de organisatie", "Organisatie en team"). */
export function isAboutClientHeading(heading: string): boolean {
  return heading.length <= 60 && ABOUT_HEADING.test(heading.trim());
}

/**
 * The client a text under an "about the client" heading names: the whole text when it is only a
 * name (Opdracht Overheid's "Organisatie en team" → "Alliander"), else the subject of its first
 * sentence ("De Rijksdienst voor Ondernemend Nederland (RVO) werkt aan …", "Hogeschool Utrecht is
 * met ruim …"). Null when the heading is no such heading or no name stands there.
 */
export function clientFromAbout(heading: string, text: string): string | null {
  if (!isAboutClientHeading(heading)) return null;
  const first = (text.slice(0, 400).split(/\n/)[0] ?? "").trim();
  const only = first.length <= 60 ? ONLY_NAME.exec(first) : null;
  if (only) return cleanName(only[1]);
  // A one-word subject is as often the town ("Utrecht is al geruime tijd …", "Ede is een groene
  // gemeente"): only a longer name or one spelled out with its acronym counts.
  const m = SUBJECT.exec(first);
  const name = cleanName(m?.[1]);
  return name && (/\s/.test(name) || /\(/.test(m?.[0] ?? "")) ? name : null;
}

/**
 * "Rijksdienst voor Ondernemend Nederland (RVO)" in the text: the full name for an acronym the
 * title or a sentence uses. Returns the name unchanged when the text does not spell it out.
 */
export function expandAcronym(name: string, text: string): string {
  if (!ACRONYM.test(name)) return name;
  const t = text.slice(0, 20000);
  const re = new RegExp(`(${NAME})[ \\t]*\\([ \\t]*${name.replace(/[&]/g, "\\&")}[ \\t]*\\)`, "u");
  const m = re.exec(t);
  if (!m?.[1]) return name;
  const full = trimTail(m[1].replace(/^(?:De|Het|The)[ \t]+/u, ""));
  return full.length > name.length ? full : name;
}

/**
 * The client an h1 (or page title) names after a dash: "Projectleider Wmo – Gemeente Ede" →
 * "Gemeente Ede", "Senior Procesregisseur – RVO" → "RVO". Only a part that is clearly an
 * organisation counts (an organisation word, an acronym, a company form): "Adviseur – Den Haag"
 * gives null. The last such part wins; check the result with isBroker ("… | Hays").
 */
export function clientFromTitleSuffix(title: string): string | null {
  const parts = title
    .slice(0, 300)
    .split(/\s+[–—|·@]\s+|\s+-\s+/)
    .map((p) => p.trim())
    .filter(Boolean);
  for (let i = parts.length - 1; i >= 1; i--) {
    const part = (parts[i] ?? "").replace(/^(?:bij|voor|at|for)\s+/i, "");
    const org = wholeOrganisation(part);
    if (org) return org;
    if (ACRONYM.test(part) || (part.length <= 60 && COMPANY_END.test(part) && /^[\p{Lu}\d]/u.test(part))) return part;
  }
  return null;
}

const AT_NAME = new RegExp(`[ \\t](?:at|bij)[ \\t]+(${NAME})$`, "u");

/**
 * The organisation a page title names with "at"/"bij": "Entry-Level Automation Engineer | 2026
 * Graduate at Atos — Amstelveen, … | LinkedIn Jobs" → "Atos", "Job Application for Engineering
 * Manager at Anthropic" → "Anthropic". Only a part that ends in the name counts; the first such
 * part wins. Check the result with isBroker ("Consultant bij Hays").
 */
export function clientFromTitleAt(title: string): string | null {
  const parts = title
    .slice(0, 300)
    .split(/\s+[–—|·]\s+|\s+-\s+/)
    .map((p) => p.trim());
  for (const part of parts) {
    const name = cleanName(AT_NAME.exec(part)?.[1]);
    if (name) return name;
  }
  return null;
}

// --- brokers and employers -------------------------------------------------------------------

/** What a page says about the site it is on; a Page (meta.siteName, url) fits too. */
export interface SiteContext {
  siteName?: string | null;
  /** host name ("careers.roblox.com") */
  host?: string | null;
  /** path of the address ("/anthropic/jobs/4941204008"), for job-board hosts */
  path?: string | null;
  /** the page title, to print a brand found in the host with its own capitals */
  title?: string | null;
}
type PageLike = {
  meta: { siteName?: string | null; title?: string | null };
  url: { hostname: string; pathname?: string };
};

function contextOf(c: SiteContext | PageLike): SiteContext {
  if ("meta" in c && "url" in c)
    return {
      siteName: c.meta.siteName ?? null,
      host: c.url.hostname,
      path: c.url.pathname ?? null,
      title: c.meta.title ?? null,
    };
  return c;
}

/**
 * Recruiters, brokers and job boards that publish other organisations' work; never the client.
 * Names as they print them; matched on whole words (short names) or run together ("Needstaffing").
 */
export const KNOWN_BROKERS = [
  "Hays",
  "Yacht",
  "Randstad",
  "Brunel",
  "Harvey Nash",
  "HeadFirst",
  "Circle8",
  "Striive",
  "Myler",
  "Need Staffing",
  "YoungCapital",
  "KB&P",
  "Bij Oranje",
  "ZuidProfs",
  "Flextender",
  "Huxley",
  "Jellow",
  "Freelance.nl",
  "Hoofdkraan",
  "Werkzoeken",
  "Nationale Vacaturebank",
  "Opdracht Overheid",
  "Nederland Interim",
  "Undutchables",
  "Mercell",
  "Tempo-Team",
  "Adecco",
  "Manpower",
  "ManpowerGroup",
  "Olympia",
  "Start People",
  "Michael Page",
  "Page Personnel",
  "Robert Half",
  "Robert Walters",
  "Computer Futures",
  "Experis",
  "Emagine",
  "Magnit",
  "Between",
  "Gibbs S3",
  "Interim Netwerk",
  "Staffing Groep",
  "DataJobs",
  "Indeed",
  "LinkedIn",
  "Glassdoor",
  "Monster",
  "Jobbird",
  "Werk.nl",
  "Werken voor Nederland",
  "Werkenvoornederland",
  "Banken.nl",
  "Freelancer.nl",
  "Select Interim",
  "ProData Consult",
  "Solcon",
  "Olympia Uitzendbureau",
  "Unique",
  "Luba",
  "Maandag",
  "Het Flexhuis",
];
const BROKER_WORDS = KNOWN_BROKERS.map((b) => normalize(b)).filter(Boolean);

/** Hosts that carry many employers' job pages: the employer is the first path segment or subdomain. */
const JOB_BOARD_HOSTS =
  /(?:^|\.)(?:greenhouse\.io|lever\.co|ashbyhq\.com|workable\.com|smartrecruiters\.com|recruitee\.com|teamtailor\.com|personio\.(?:de|com|nl)|myworkdayjobs\.com|bamboohr\.com|homerun\.co|jobs\.personio\.de)$/;
const CAREERS_LABEL =
  /^(?:careers?|jobs|karriere|werkenbij|werken-bij|werkenvoor|werken|vacatures|join|apply|talent|explore)$/;
const SECOND_LEVEL = /^(?:co|com|org|net|gov|ac)$/;

/** The brand in a host: "careers.roblox.com" → "roblox", "www.werkenbijhhnk.nl" → "hhnk". */
function hostBrand(host: string): string {
  const labels = host.toLowerCase().split(".").filter(Boolean);
  let i = labels.length - 2;
  if (i > 0 && SECOND_LEVEL.test(labels[i] ?? "")) i -= 1; // "example.co.uk"
  const label = labels[Math.max(0, i)] ?? "";
  return label.replace(/^(?:werkenbij|werkenvoor|careersat|jobsat)(?=.{3})/, "");
}

/** The printed form of a brand found lower-case in a host: its spelling in the title or site name. */
function printed(brand: string, ...texts: (string | null | undefined)[]): string {
  const b = brand.replace(/-/g, " ");
  const joined = brand.replace(/-/g, "");
  // a part of the title that spells the brand out: "… - Lonestar Grid Systems Careers" for
  // "lonestargrid", "… - Gelre ziekenhuizen" for "gelre"
  for (const text of texts) {
    for (const part of (text ?? "")
      .slice(0, 300)
      .split(/\s+[|–—·-]\s+/)
      .slice(1)) {
      const name = employerInSiteName(part.trim());
      const words = name.split(/\s+/);
      if (joined.length >= 4 && words.length <= 5 && name.length <= 60 && /^[\p{Lu}]/u.test(name)) {
        if (normalize(name).replace(/ /g, "").startsWith(joined)) return name;
      }
    }
  }
  for (const text of texts) {
    if (!text) continue;
    const at = text.toLowerCase().indexOf(b);
    if (at >= 0 && !/[\p{L}\d]/u.test(text[at - 1] ?? "") && !/[\p{L}\d]/u.test(text[at + b.length] ?? ""))
      return text.slice(at, at + b.length);
  }
  return b.replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase());
}

/** "Careers at Netflix", "Werken bij Gemeente Utrecht", "Roblox Careers" → the employer's name. */
function employerInSiteName(siteName: string): string {
  return siteName
    .slice(0, 200)
    .replace(/^(?:careers?|jobs|vacatures|werken|working)\s+(?:at|bij|voor|for)\s+/i, "")
    .replace(/\s+(?:careers?|jobs|vacatures|karriere)$/i, "")
    .trim();
}

/**
 * The employer when the page is on that employer's own site: a careers host ("careers.roblox.com",
 * "werkenbij…"), a job board's company page (Greenhouse "job-boards.greenhouse.io/anthropic"), or
 * a site whose og:site_name is an organisation (Provincie Zeeland). Null on broker and job sites.
 */
export function employerOfSite(context: SiteContext | PageLike): string | null {
  const c = contextOf(context);
  const host = (c.host ?? "").toLowerCase();
  const siteName = c.siteName?.trim() || null;
  if (JOB_BOARD_HOSTS.test(host)) {
    const labels = host.split(".");
    const fromPath = (c.path ?? "").split("/").filter(Boolean)[0] ?? "";
    const sub = labels.length > 2 ? (labels[0] ?? "") : "";
    const slug = /^(?:boards|job-boards|jobs|apply|www|app|careers|api)$/.test(sub) || !sub ? fromPath : sub;
    if (!/^[a-z0-9-]{2,40}$/i.test(slug) || /^(?:jobs?|embed|o|v\d)$/i.test(slug)) return null;
    return printed(slug.toLowerCase(), c.title, siteName);
  }
  const labels = host.split(".");
  const brand = hostBrand(host);
  const careersHost =
    labels.slice(0, -2).some((l) => CAREERS_LABEL.test(l)) ||
    /^(?:werkenbij|werkenvoor)./.test(labels[labels.length - 2] ?? "");
  if (careersHost && brand.length >= 2 && !isKnownBroker(brand) && !isKnownBroker(labels[labels.length - 2] ?? "")) {
    // the brand as the title prints it ("… | Roblox") beats a longer site name ("Roblox Corporate")
    const name = siteName ? employerInSiteName(siteName) : "";
    if (name && normalize(name).replace(/ /g, "") === brand.replace(/-/g, "")) return name;
    return printed(brand, c.title, siteName);
  }
  if (siteName && !isKnownBroker(siteName)) {
    const name = employerInSiteName(siteName);
    if (wholeOrganisation(name) === name) return name;
  }
  return null;
}

function isKnownBroker(name: string): boolean {
  const n = normalize(name);
  if (!n) return false;
  const spaced = ` ${n} `;
  const joined = n.replace(/ /g, "");
  return BROKER_WORDS.some((b) => spaced.includes(` ${b} `) || (b.length >= 6 && joined.includes(b.replace(/ /g, ""))));
}

/**
 * True when `name` is the publisher rather than the client: a known recruiter or job board
 * (KNOWN_BROKERS), or the site the page is on (og:site_name, the host's brand) — except on an
 * employer's own site, where the site is the client (employerOfSite). Accepts a Page or a
 * SiteContext. An empty name counts as a broker (nothing to use).
 */
export function isBroker(name: string, context: SiteContext | PageLike): boolean {
  const n = normalize(name).replace(/ /g, "");
  if (!n) return true;
  if (isKnownBroker(name)) return true;
  const c = contextOf(context);
  const employer = employerOfSite(c);
  // on an employer's own site its full name is no broker ("Gelre ziekenhuizen" on werkenbij.gelre.nl)
  if (employer && n.startsWith(normalize(employer).replace(/ /g, ""))) return false;
  const site = normalize(c.siteName ?? "").replace(/ /g, "");
  const host = hostBrand(c.host ?? "").replace(/-/g, "");
  return (!!site && (n === site || n.includes(site))) || (host.length >= 4 && n.includes(host));
}

/** "Gemeente Zoetermeer" → "Zoetermeer": a municipality's work is in its own town. */
export function townOfMunicipality(client: string): string | null {
  const t = client.trim();
  if (t.length > 80) return null;
  const m =
    /^Gemeente[ \t]+((?:['’]s-)?[\p{Lu}][\p{L}'’]*(?:-[\p{L}][\p{L}'’]*){0,4}(?:[ \t]+[\p{Lu}][\p{L}'’]*(?:-[\p{L}][\p{L}'’]*){0,4}){0,4})$/u.exec(
      t,
    );
  return m?.[1] ?? null;
}
