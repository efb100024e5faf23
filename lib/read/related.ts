import type { Block } from "./blocks";

// "Vergelijkbare opdrachten", "Andere opdrachten" (ZuidProfs, KB&P sidebars): cards of other
// listings with their own dates and rates. Everything under such a heading is chrome.
const RELATED =
  /^(vergelijkbare|andere|meer|recente|soortgelijke|gerelateerde|nieuwste|populaire|uitgelichte) (opdrachten|vacatures|banen|jobs|functies)|^(related|similar|more|other|recent) (jobs|vacancies|listings|assignments|positions)|^bekijk ook|^ook interessant/i;

export function markRelatedSections(blocks: Block[]): void {
  let level = 0;
  for (const block of blocks) {
    const rank = block.heading || (block.bold ? 7 : 0);
    if (level && rank && rank <= level) level = 0;
    if (!level && rank && RELATED.test(block.text)) level = rank;
    if (level) {
      block.chrome = true;
      delete block.sidebar; // related listings' cards: never read as this listing's facts
    }
  }
}
