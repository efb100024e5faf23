// The words the matcher knows, as data: role synonyms, skill synonyms, fillers, and the cues
// for what a profile cannot tell. All lower case without accents (see text.ts `normalize`).
// Tune matching here, not in code paths per phrase.

export interface RoleEntry {
  /** The name used in reasons. */
  name: string;
  /** Regex sources (word-anchored by the compiler); plurals included. */
  aliases: string[];
  /** Other roles whose holders count as this one ("leidinggevende" is met by a teamleider). */
  includes?: string[];
}

export const ROLES: RoleEntry[] = [
  { name: "projectleider", aliases: ["projectleiders?", "projectmanagers?", "project ?managers?", "project ?leads?"] },
  { name: "programmamanager", aliases: ["programmamanagers?", "programmaleiders?", "programma ?managers?"] },
  { name: "programmadirecteur", aliases: ["programmadirecteur(?:en|s)?"] },
  { name: "procesbegeleider", aliases: ["procesbegeleiders?", "(?:proces)?facilitators?"] },
  { name: "teamcoach", aliases: ["teamcoach(?:es)?"] },
  { name: "organisatieadviseur", aliases: ["organisatieadviseurs?"] },
  { name: "beleidsadviseur", aliases: ["beleidsadviseurs?"] },
  { name: "beleidsmedewerker", aliases: ["beleidsmedewerkers?"] },
  { name: "kwartiermaker", aliases: ["kwartiermakers?"] },
  { name: "interim manager", aliases: ["interim[- ]?managers?"] },
  { name: "teamleider", aliases: ["teamleiders?", "teammanagers?"] },
  { name: "afdelingshoofd", aliases: ["afdelingshoofd(?:en)?", "afdelingsmanagers?"] },
  { name: "directeur", aliases: ["directeur(?:en|s)?", "algemeen directeur"] },
  {
    name: "leidinggevende",
    aliases: ["leidinggevenden?", "lijnmanagers?"],
    includes: ["teamleider", "afdelingshoofd", "directeur", "interim manager"],
  },
];

/** Activities that are a role's daily work: "ervaring in projectmanagement" is shown by a projectleider role. */
export const ACTIVITIES: Record<string, string> = {
  projectmanagement: "projectleider",
  projectleiding: "projectleider",
  programmamanagement: "programmamanager",
  procesbegeleiding: "procesbegeleider",
  teamcoaching: "teamcoach",
  leidinggeven: "leidinggevende",
};

/** Skill phrases that mean the same; every left side is rewritten to the right side. */
export const SKILL_SYNONYMS: Array<[string, string]> = [
  ["change ?management", "verandermanagement"],
  ["verander(?:opgave|traject|proces|kunde)s?(?:en)?", "verandermanagement"],
  ["veranderings(?:opgave|traject|proces)s?(?:en)?", "verandermanagement"],
  ["veranderkundige?", "verandermanagement"],
  ["prince ?2", "prince2"],
  ["project ?management", "projectmanagement"],
  ["scrum ?master", "scrummaster"],
];

/** Words that carry no requirement of their own (qualifiers, verbs of having, prepositions). */
export const FILLERS = new Set(
  `en niet geen zonder je jij u hebt heeft hebben bent is zijn beschikt beschik over een de het van met in op bij binnen als voor
   aan naar uit tot door om te ook dit dat deze die er waarbij waarin hierin hiervan daarbij
   minimaal minstens ten minste tenminste min ruim ruime veel uitgebreid uitgebreide brede breed goede goed
   aantoonbaar aantoonbare relevant relevante ervaring ervaringen werkervaring ervaren kennis inzicht expertise
   affiniteit bekend bekendheid opgedaan gewerkt werkzaam jaar jaren maanden cv recent recente actuele afgelopen
   laatste periode sector branche functie rol gebied gebieden terrein werkveld taakveld taakvelden context
   omgeving organisatie organisaties niveau sterke stevige gedegen bewezen combinatie kent kunnen kan
   begeleiden organiseren uitvoeren toepassen werken gebruik beheersing gecertificeerd certificaat certificering
   diploma opleiding plus pre wens eis bezit geldig geldige geregistreerd domein`
    .split(/\s+/)
    .filter(Boolean),
);

/** Suffixes that only say "at that level": "topdirectieniveau" asks for "topdirectie". */
export const GENERIC_SUFFIXES = ["niveau", "ervaring"];

/** "Ruime ervaring" has no figure; at least this many years counts as shown (never unmet below). */
export const VAGUE_YEARS = 5;

/** What a profile cannot tell: each cue names the reason the user sees; the first that fits wins. */
export const CANNOT_TELL: Array<{ reason: string; pattern: string }> = [
  { reason: "references", pattern: "referentie" },
  { reason: "availability", pattern: "beschikba|per direct|\\bbereid|inzetba" },
  { reason: "screening", pattern: "screening|integriteit" },
  { reason: "motivation", pattern: "motivatie" },
  { reason: "example", pattern: "voorbeeld|concrete opdracht|vergelijkba" },
  { reason: "language", pattern: "\\btaal\\b|\\bnederlands\\b|\\bengels\\b|\\bduits\\b" },
  { reason: "employment", pattern: "in dienst|loondienst|werkzaam geweest" },
  {
    reason: "document",
    pattern:
      "plan van aanpak|bijlage|rijbewijs|\\blever|aanlever|toevoeg|toegevoegd|bijvoeg|meestur|upload|pagina|\\ba4\\b|offerte",
  },
  // A VOG held is a certificate the profile may list (with its date); handed in, a document.
  { reason: "certificate_document", pattern: "\\bvog\\b|verklaring omtrent" },
  {
    reason: "personal",
    pattern:
      "persoonlijkheid|denker|vaardig|overtuigingskracht|sensitiv|instelling|netwerk|communicat|\\bin staat\\b|stuurt op|inspirerend|daadkracht|gedreven|resultaatgericht|flexib|stressbestendig|analytisch|zelfstandig|proactief|houding",
  },
];

/** The listing says this is not needed: the requirement is met by anyone. */
export const NOT_REQUIRED =
  "\\bniet (?:vereist|noodzakelijk|verplicht|nodig)\\b|\\bgeen (?:vereiste|vereist|eis|must)\\b|\\bgeen\\b.*\\b(?:vereist|nodig|noodzakelijk)\\b";
/** A negated requirement ("niet werkzaam geweest bij"); "niet alleen" is not a negation. */
export const NEGATION = "\\b(?:niet(?! alleen)|geen|zonder)\\b";
/** Sentences that only weigh ("wordt lager gewaardeerd", KB&P Utrecht) are not requirements. */
export const WEIGHING_NOTE = "gewaardeerd|strekt tot aanbeveling|is een pre\\b";
/** "bij voorkeur ook bij een gemeente": a wish inside a requirement, cut off (seed 002). */
export const PREFERENCE_CLAUSE = "\\bbij voorkeur\\b[^,;.]*";
/** Verbs that start a new claim after "en": "... en kent de processen" (seed 003). */
export const CLAIM_VERBS =
  "hebt|heeft|bent|is|kan|kunt|kent|stuurt|neemt|weet|beschikt|werkt|denkt|ziet|verbindt|hebben";
