// Lists of words as a sentence says them, through Intl: "gemeenten, provincies en de
// rijksoverheid" in Dutch, "municipalities, provinces and central government" in English.
import { numberLocales } from "../format/facts";
import type { Lang } from "../i18n/t";

const listFormats: Partial<Record<Lang, Intl.ListFormat>> = {};

export function joinWords(words: readonly string[], lang: Lang): string {
  const format = (listFormats[lang] ??= new Intl.ListFormat(numberLocales[lang], { type: "conjunction" }));
  return format.format(words);
}
