// The labels Dutch and English listing pages put before a value, normalised (see text.ts
// normalize: lower case, no accents, punctuation as spaces). Data, not logic.

export type LabelField =
  | "deadline"
  | "startDate"
  | "endDate"
  | "period"
  | "hoursPerWeek"
  | "rate"
  | "published"
  | "location"
  | "client";

export const LABEL_WORDS: Record<LabelField, string[]> = {
  deadline: [
    "sluitingsdatum", "sluitdatum", "sluitingsdatum reacties", "sluit op", "deadline", "deadline reageren",
    "reageren kan tot", "reageren kan tot en met", "reageren tot", "reageren tot en met", "reageren voor",
    "je kunt reageren tot", "je kunt reageren tot en met", "u kunt reageren tot", "u kunt reageren tot en met",
    "uiterste reactiedatum", "uiterste reactie datum", "uiterste inschrijfdatum", "reactiedatum", "reageren uiterlijk",
    "uiterlijk reageren", "inschrijven tot", "inschrijven kan tot", "aanbieden tot", "aanbieden kan tot",
    "solliciteren tot", "solliciteren kan tot", "sollicitatietermijn", "reactietermijn", "deadline aanbieding",
    "closing date", "application deadline", "apply before", "apply by", "deadline for applications", "closes on",
  ],
  startDate: [
    "startdatum", "begindatum", "start", "start opdracht", "startdatum opdracht", "gewenste startdatum",
    "ingangsdatum", "aanvangsdatum", "aanvang", "start date", "starting date", "start per",
  ],
  endDate: ["einddatum", "einddatum opdracht", "einde", "einde opdracht", "end date", "enddatum", "end"],
  period: ["looptijd", "periode", "duur", "duur opdracht", "contractduur", "opdrachtduur", "duration", "contract period"],
  hoursPerWeek: [
    "uren per week", "uren", "aantal uren", "aantal uren per week", "uur per week", "uren p w", "uren pw",
    "inzet", "inzet per week", "omvang", "werkuren", "hours per week", "hours", "uren week", "opdracht uren",
  ],
  rate: [
    "tarief", "uurtarief", "max uurtarief", "maximaal uurtarief", "maximum uurtarief", "max tarief", "maximaal tarief",
    "opdracht tarief", "opdrachttarief", "tarief per uur", "dagtarief", "salaris", "salarisindicatie", "vergoeding",
    "rate", "hourly rate", "day rate", "salary", "pay",
  ],
  published: [
    "publicatiedatum", "gepubliceerd", "gepubliceerd op", "geplaatst", "geplaatst op", "datum geplaatst",
    "plaatsingsdatum", "datum publicatie", "online sinds", "published", "posted", "date posted", "posted on",
  ],
  location: [
    "locatie", "standplaats", "plaats", "werklocatie", "werkplek", "stad", "location", "place of work", "work location",
  ],
  client: [
    "opdrachtgever", "organisatie", "klant", "werkgever", "bedrijf", "eindklant", "inhurende organisatie",
    "aanbestedende dienst", "company", "client", "employer", "hiring organisation", "hiring organization",
  ],
};

const BY_PHRASE = new Map<string, LabelField>();
for (const [field, words] of Object.entries(LABEL_WORDS) as [LabelField, string[]][]) {
  for (const word of words) BY_PHRASE.set(word, field);
}
/** Longest first, so "uren per week" wins over "uren". */
export const PHRASES = [...BY_PHRASE.keys()].sort((a, b) => b.length - a.length);

export function fieldOfLabel(normalized: string): LabelField | null {
  return BY_PHRASE.get(normalized) ?? null;
}
