// Numbers written as words, for counts in listing text ("drie jaar ervaring", "nog twee dagen",
// "5 days left"). One table per language; each reader takes the words its patterns allow.

/** Dutch number words up to twenty, and thirty: "minimaal drie jaar", "twintig uur". */
export const DUTCH_NUMBER_WORDS: Readonly<Record<string, number>> = {
  een: 1,
  twee: 2,
  drie: 3,
  vier: 4,
  vijf: 5,
  zes: 6,
  zeven: 7,
  acht: 8,
  negen: 9,
  tien: 10,
  elf: 11,
  twaalf: 12,
  dertien: 13,
  veertien: 14,
  vijftien: 15,
  zestien: 16,
  zeventien: 17,
  achttien: 18,
  negentien: 19,
  twintig: 20,
  dertig: 30,
};

/** English number words up to ten, "a" and "an" included ("a week left"). */
export const ENGLISH_NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

/** The value of a table's own word, never of Object.prototype's ("constructor" is no number). */
function lookUp(table: Readonly<Record<string, number>>, word: string): number | null {
  return Object.hasOwn(table, word) ? table[word]! : null;
}

const DUTCH_NUMBERS = new Map(Object.entries(DUTCH_NUMBER_WORDS));

/** "drie" → 3; null for anything else. Lower-case words, as a normaliser gives them. */
export function dutchNumber(word: string): number | null {
  // A Map: the matcher asks this of every word of a requirement.
  return DUTCH_NUMBERS.get(word) ?? null;
}

/** "3", "drie", "Three", "an" → the count; null for anything else. Dutch and English words. */
export function countValue(token: string): number | null {
  if (/^\d+$/.test(token)) return Number(token);
  const word = token.toLowerCase();
  return lookUp(DUTCH_NUMBER_WORDS, word) ?? lookUp(ENGLISH_NUMBER_WORDS, word);
}
