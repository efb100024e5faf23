// The words of requirement lists, in Dutch, English and German, as data. Everything is written
// normalised (lower case, no accents, punctuation as one space: see normalize in ./text) and is
// matched word by word, never as a regular expression over page text.
//
// A lead-in phrase matches at the start of the lead-in, after at most a few FILLERS ("Onze
// eisen", "Your requirements", "Dit neem je mee"); a phrase written "* ..." matches anywhere
// ("You may be a good fit if you"); a phrase ending in " $" must end the lead-in ("You will").
// A phrase written "~ ..." is weak: generic words ("What you'll need:" also opens a list of
// gardening tools), so at least some of its items must read as demands on the candidate.

/** Words that may stand before a lead-in phrase without changing what it asks. */
export const FILLERS = new Set(
  `de het een onze jouw je jij uw harde functie aanvullende minimale minimum overige specifieke algemene
  opdracht selectie technische absolute belangrijkste dit wat wie our the your key basic additional
  some core deine dein ihre ihr unsere die das was`.split(/\s+/),
);

/** Lead-ins of eisen: what the candidate must have (knock-outs). */
// prettier-ignore
export const MUST_LEADS: string[] = [
  // Dutch
  "eisen", "eis", "functieeisen", "functie eisen", "knock out", "knock outs", "knockout", "knockouts",
  "knockoutcriteria", "knock outcriteria", "ko criteria", "ko eisen", "must have", "must haves", "vereisten",
  "vereist", "wat vragen wij", "wat vragen we", "wat wij vragen", "wat we vragen", "wat we van je vragen",
  "wat wij van je vragen", "wat we van jou vragen", "wat wij van jou vragen", "dit vragen wij", "dit vragen we",
  "vragen wij", "vragen we", "van jou verwachten we", "van jou verwachten wij", "van je verwachten we",
  "wat verwachten wij", "wat verwachten we", "wat we van je verwachten", "wat wij van jou verwachten",
  "~ wat breng je mee", "~ wat breng jij mee", "~ dit breng je mee", "~ dit breng jij mee", "~ breng je mee",
  "~ neem je mee", "~ dit neem je mee", "~ wat neem je mee", "~ jij hebt", "~ je hebt", "~ jij beschikt over",
  "~ je beschikt over", "minimumeisen", "geschiktheidseisen", "geschiktheidscriteria",
  "kerncompetenties en eisen", "~ wat heb je nodig", "~ wat heb jij nodig", "~ dit heb je nodig",
  "~ wat je nodig hebt", "~ wie zoeken wij", "~ wie zoeken we", "~ profiel $", "~ gevraagd profiel",
  "~ profiel van de kandidaat", "~ functieprofiel", "~ wat zoeken wij", "~ wat zoeken we",
  // English
  "requirements", "requirement", "~ required", "required skills", "required qualifications", "qualifications",
  "minimum qualifications", "basic qualifications", "minimum requirements", "~ essential", "~ essentials",
  "essential skills", "essential criteria", "~ what you bring", "~ what you ll bring", "~ what you will bring",
  "~ what you need", "~ what you ll need", "~ what you will need", "~ what we are looking for",
  "~ what we re looking for", "~ what we look for", "~ who we are looking for", "~ who we re looking for",
  "~ you have", "~ you bring", "~ you should have", "~ you will need", "~ you ll need", "~ you must have",
  "skills and experience", "experience and skills", "person specification", "~ * good fit if", "~ about you",
  "must haves", "knock out criteria",
  // German
  "anforderungen", "anforderungsprofil", "~ dein profil", "~ ihr profil", "~ profil", "~ skillset",
  "~ dein skillset", "~ was du mitbringst", "~ das bringst du mit", "~ was sie mitbringen",
  "~ das bringen sie mit", "voraussetzungen", "qualifikationen", "deine qualifikationen",
  "ihre qualifikationen", "was wir erwarten", "~ du bringst mit",
];

/** Lead-ins of wensen: what counts in the candidate's favour (gunning, pre). */
// prettier-ignore
export const NICE_LEADS: string[] = [
  // Dutch
  "wensen", "wens", "pre", "pres", "pre s", "een pre is", "pluspunten", "pluspunt", "gunningscriteria",
  "gunningcriteria", "gunningscriterium", "selectiecriteria", "beoordelingscriteria", "wenselijk", "~ gewenst",
  "~ gewenste", "gewenste kennis", "gewenste ervaring", "mooi meegenomen", "strekt tot aanbeveling",
  "~ bij voorkeur", "extra pluspunten", "~ * extra sterk", "~ * maakt je sterker", "~ troeven", "~ meerwaarde",
  "~ * ook fijn", "~ * helpt het",
  // English
  "nice to have", "nice to haves", "* nice to have", "* nice to haves", "~ preferred",
  "preferred qualifications", "preferred skills", "preferred experience", "~ bonus points", "~ bonus",
  "desirable", "~ desired", "desired skills", "~ good to have", "~ * even better", "~ * may also have",
  "* is a plus", "* are a plus", "* would be a plus", "~ strong candidates", "~ pluses", "~ a plus",
  "~ extra credit", "~ ideally", "~ ideally you have", "~ it would be great if", "~ * stand out",
  "~ * set you apart", "* an advantage", "~ * extra points",
  // German
  "wunschenswert", "von vorteil", "~ idealerweise", "pluspunkte", "wunschkenntnisse", "* von vorteil",
  "* ein plus", "~ * punkten kannst du", "~ * punkten sie",
];

/**
 * Lead-ins of sections that are not requirements: what the client offers, what the work is,
 * traits, the procedure, the organisation. They close a requirement list.
 */
// prettier-ignore
export const STOP_LEADS: string[] = [
  // Dutch: offer
  "wat bieden wij", "wat bieden we", "wij bieden", "we bieden", "dit bieden wij", "dit bieden we", "bieden wij",
  "ons aanbod", "aanbod", "arbeidsvoorwaarden", "wat krijg je", "wat krijg je ervoor", "dit krijg je",
  "wat mag je verwachten", "salaris", "beloning",
  // Dutch: tasks
  "wat ga je doen", "wat ga jij doen", "wat je gaat doen", "taken", "taken en verantwoordelijkheden",
  "jouw taken", "werkzaamheden", "* werkzaamheden", "verantwoordelijkheden", "* deliverables", "deliverables",
  "de opdracht", "over de opdracht", "opdrachtomschrijving", "omschrijving", "functieomschrijving",
  "de functie", "over de functie", "je houdt je bezig met", "resultaten",
  // Dutch: traits, procedure, organisation
  "competenties", "kerncompetenties", "procedure", "sollicitatie", "solliciteren", "sollicitatieprocedure",
  "contact", "contactpersoon", "over ons", "over de organisatie", "organisatie", "afdeling", "het team",
  "over het team", "team", "meer informatie", "gespreksinformatie", "overige informatie", "planning",
  "interesse", "reageren", "je kunt reageren", "voorwaarden", "bijzonderheden", "werklocatie", "documenten",
  "opdrachtdetails", "details",
  // English
  "what we offer", "we offer", "what s in it for you", "benefits", "perks", "compensation", "salary",
  "about us", "about the company", "about the team", "about the role", "the role", "your role", "how to apply",
  "what you ll do", "what you will do", "what you ll be doing", "what you will be doing", "you will $",
  "you ll $", "* you will $", "responsibilities", "key responsibilities", "your responsibilities", "duties",
  "tasks", "you are $", "logistics", "about", "how we re different", "the job", "job description",
  "in this role", "day to day", "what we are working on", "who we are", "what you will work on",
  // German
  "deine aufgaben", "ihre aufgaben", "aufgaben", "wir bieten", "das bieten wir", "unser angebot",
  "deine chance", "ihre chance", "benefits", "uber uns", "deine vorteile", "ihre vorteile", "was wir bieten",
];

/**
 * Words and phrases by which a list item reads as a demand on the candidate (a lead-in the
 * vocabulary does not know is still a requirement list when most of its items read so).
 */
// prettier-ignore
export const DEMAND_WORDS: string[] = [
  // Dutch
  "ervaring", "werkervaring", "kennis", "opleiding", "diploma", "certificaat", "certificering",
  "gecertificeerd", "minimaal", "tenminste", "ten minste", "aantoonbaar", "aantoonbare", "in het bezit",
  "beschikking over", "beheersing", "beheerst", "hbo", "wo", "mbo", "denkniveau", "werk en denkniveau", "jaar",
  "jaren", "je hebt", "jij hebt", "hebt", "je bent", "jij bent", "affiniteit", "vaardigheden", "vaardig",
  "bekend met", "beschikbaar", "vog", "rijbewijs", "kandidaat", "vloeiend", "bachelor", "master", "afgeronde",
  // English
  "experience", "experienced", "years", "knowledge", "degree", "bachelor s", "certification", "certified",
  "proficiency", "proficient", "familiarity", "familiar", "understanding", "ability", "skills", "background",
  "you have", "you are", "fluent", "expertise", "track record", "at least", "minimum", "qualified", "education",
  // German
  "erfahrung", "erfahrungen", "kenntnisse", "abschluss", "studium", "ausbildung", "jahre", "sicherer umgang",
  "deutsch", "englisch", "du hast", "du bringst", "verfugst", "vergleichbar", "berufserfahrung",
  // languages, willingness (Dutch, Flemish, English)
  "nederlands", "engels", "frans", "duits", "english", "dutch", "bereid", "willing", "minstens",
];

/** Words of an offer (pay, leave, gear): an item with one is no demand, whatever else it says. */
// prettier-ignore
export const OFFER_WORDS: string[] = [
  "salaris", "salary", "gehalt", "pensioen", "pension", "401 k", "laptop", "telefoon", "iphone", "smartphone",
  "vakantie", "vakantiedagen", "vakantiegeld", "vacation", "pto", "urlaub", "keuzebudget", "budget",
  "vergoeding", "reiskosten", "reiskostenvergoeding", "bonus", "korting", "leasing", "equity",
  "dertiende maand", "verlof", "leave", "thuiswerkvergoeding", "opleidingsbudget", "insurance", "verzekering",
  "zorgverzekering", "weiterbildung", "arbeitgeber", "benefits", "bruto", "per maand", "cao",
];

/**
 * An item's own words that make it a wish inside a list of eisen ("... is een pré", "... is a
 * plus"): these move a single item to nice in any list, and make a lead-in of wishes where they
 * stand in a heading or a line ending in ":" ("Het is een pré als je:").
 */
// prettier-ignore
export const NICE_ITEM_STRONG: string[] = [
  "is een pre", "een pre", "is een plus", "is een pluspunt", "pluspunt", "strekt tot aanbeveling",
  "mooi meegenomen", "is een voordeel", "wenselijk", "is a plus", "are a plus", "would be a plus", "a plus",
  "is a bonus", "is an advantage", "nice to have", "von vorteil", "wunschenswert",
  // Flemish: "... is een troef", "... is een meerwaarde"
  "is een troef", "een troef", "is een meerwaarde", "een meerwaarde", "vormt een meerwaarde", "streepje voor",
  "ist ein plus", "an asset", "a bonus",
];

/** Softer words that decide only inside a list of eisen en wensen together. */
export const NICE_ITEM_WEAK: string[] = ["bij voorkeur", "preferably", "idealerweise", "ideally", "pre is"];

/** Tags an item carries itself: "Must have ...", "(K) ...", "... (knock-out)", "Wens: ...". */
export const ITEM_TAGS: { words: string; kind: "must" | "nice" }[] = [
  { words: "must have", kind: "must" },
  { words: "must", kind: "must" },
  { words: "knock out", kind: "must" },
  { words: "knockout", kind: "must" },
  { words: "ko", kind: "must" },
  { words: "k", kind: "must" },
  { words: "e", kind: "must" },
  { words: "eis", kind: "must" },
  { words: "required", kind: "must" },
  { words: "nice to have", kind: "nice" },
  { words: "nice", kind: "nice" },
  { words: "w", kind: "nice" },
  { words: "wens", kind: "nice" },
  { words: "pre", kind: "nice" },
  { words: "gunningscriterium", kind: "nice" },
  { words: "gunningscriteria", kind: "nice" },
  { words: "optional", kind: "nice" },
  { words: "preferred", kind: "nice" },
];

/** A "Soort"/"Type" cell of a requirements table: "Eis", "Wens", "KO", "Gunning". */
export const KIND_CELLS: Record<string, "must" | "nice"> = {
  eis: "must",
  e: "must",
  ko: "must",
  k: "must",
  "knock out": "must",
  knockout: "must",
  must: "must",
  "must have": "must",
  minimumeis: "must",
  "harde eis": "must",
  required: "must",
  vereist: "must",
  wens: "nice",
  w: "nice",
  gunning: "nice",
  gunningscriterium: "nice",
  nice: "nice",
  "nice to have": "nice",
  pre: "nice",
  optional: "nice",
  preferred: "nice",
  gewenst: "nice",
  "zachte eis": "nice",
  verplicht: "must",
  essential: "must",
  pluspunt: "nice",
  optioneel: "nice",
  desirable: "nice",
  desired: "nice",
  bonus: "nice",
  wunschenswert: "nice",
};
