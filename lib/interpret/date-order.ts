// Which way round a page writes its numeric dates: 05/12/2025 is 5 December on a Dutch or
// British page and May 12 on an American one. Decided per page from the dates it shows (a
// first number above 12 can only be a day, a second above 12 only a day) and, where they say
// nothing, from its declared language (en-US writes month first; everything else day first).
import type { Block } from "../model/page-reading";
import type { DateOptions } from "./dates";

// dd/mm/yyyy, mm-dd-yy, dd.mm.yyyy: two 1-2 digit numbers and a year, one kind of separator.
const NUMERIC_DATE = /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/.-])/g;
const MAX_BLOCKS = 600;

export function dateOptionsOf(blocks: Block[], lang: string | null): DateOptions {
  let dayFirst = 0;
  let monthFirst = 0;
  for (const block of blocks.slice(0, MAX_BLOCKS)) {
    if (block.text.length > 2000) continue;
    for (const m of block.text.matchAll(NUMERIC_DATE)) {
      const a = Number(m[1]);
      const b = Number(m[3]);
      if (a > 12 && b <= 12) dayFirst++;
      else if (b > 12 && a <= 12) monthFirst++;
    }
  }
  const code = lang?.toLowerCase() ?? "";
  const language = code.startsWith("nl") ? "nl" : code.startsWith("en") ? "en" : null;
  if (dayFirst !== monthFirst) return { lang: language, dayFirst: dayFirst > monthFirst };
  return { lang: language, dayFirst: code !== "en-us" };
}
