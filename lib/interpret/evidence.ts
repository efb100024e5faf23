// What the page shows beyond the fields: an apply button, or the marks of an overview page.
import { hasListingPath } from "../read/first-stage";
import type { Page } from "./page";

const APPLY =
  /^(?:direct |nu |meteen )?(?:reageer|reageren|solliciteer|solliciteren|apply|aanmelden voor deze|inschrijven op deze|bied je aan|interesse\?)/i;
const RESULT_COUNT =
  /\b\d[\d.]*\s+(?:opdrachten|vacatures|resultaten|jobs|results|vacancies|banen|interim-opdrachten|freelance opdrachten)\s+(?:gevonden|found|beschikbaar)\b/i;

export function hasApplyButton(page: Page): boolean {
  return page.blocks.some((b) => b.text.length <= 40 && APPLY.test(b.text.trim()));
}

/** Search results, category pages: a result count, or pagination over many linked listing cards. */
export function looksLikeOverview(page: Page): boolean {
  if (page.blocks.some((b) => !b.chrome && b.text.length <= 120 && RESULT_COUNT.test(b.text))) return true;
  let cards = 0;
  let linkedHeadings = 0;
  for (const b of page.blocks) {
    if (b.chrome || b.heading < 2 || b.heading > 4) continue;
    const href = b.link;
    if (!href) continue;
    try {
      const target = new URL(href, page.url);
      if (hasListingPath(target)) cards++;
      if (target.host === page.url.host && target.pathname.split("/").filter(Boolean).length >= 2) linkedHeadings++;
    } catch {
      // an unparsable href is no card
    }
  }
  // A listing's own headings do not link to other pages of its site (related listings are
  // marked as chrome); several that do are result cards, also when the count and pagination
  // are missing, as on a result page that is still loading (found by the fuzz test).
  if (linkedHeadings >= 4) return true;
  return cards >= 8 || (page.paginated && cards >= 4);
}
