// Month and weekday names, Dutch and English, as listing pages write them: "31ste oktober",
// "1 nov 2025", "3 mrt", "Nov 12th", "sept.", "vrijdag 14 november", "Wednesday, December 20".

/** Names of each month, January first; lower case, full names and the abbreviations in use. */
export const MONTH_NAMES: readonly string[] = [
  "januari january jan",
  "februari february febr feb",
  "maart march mrt mar",
  "april apr",
  "mei may",
  "juni june jun",
  "juli july jul",
  "augustus august aug",
  "september sept sep",
  "oktober october okt oct",
  "november nov",
  "december dec",
];

/** Names only Dutch uses. Dutch never writes the month before the day, and "mei 12 uur" is no date. */
export const DUTCH_ONLY_MONTHS: readonly string[] = [
  "januari",
  "februari",
  "febr",
  "maart",
  "mrt",
  "mei",
  "juni",
  "juli",
  "augustus",
  "oktober",
  "okt",
];

/** Weekday names and abbreviations that may stand before a date ("vr 14 nov", "Thu 3 Jan 2019"). */
export const WEEKDAY_NAMES =
  "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag ma di wo do vr za zo " +
  "monday tuesday wednesday thursday friday saturday sunday mon tues tue wed thurs thur thu fri sat sun";

const MONTH_BY_NAME = new Map(
  MONTH_NAMES.flatMap((names, i) => names.split(" ").map((name) => [name, i + 1] as const)),
);

/** The month number of a name or abbreviation ("Okt" → 10), or 0 when it names no month. */
export function monthNumber(name: string): number {
  return MONTH_BY_NAME.get(name.toLowerCase()) ?? 0;
}
