// Which elements are page furniture rather than the listing: skipped outright (scripts, styles,
// hidden nodes) or kept but marked as chrome (navigation, footers, cookie banners, related cards).

const SKIPPED = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "iframe",
  "object",
  "canvas",
  "select",
  "option",
  "input",
  "textarea",
  "img",
  "picture",
  "video",
  "audio",
  "head",
]);
const CHROME_TAGS = new Set(["nav", "footer", "aside", "form", "dialog", "menu"]);
const CHROME_ROLES = new Set([
  "navigation",
  "banner",
  "contentinfo",
  "dialog",
  "alertdialog",
  "complementary",
  "search",
  "menu",
]);
// Class or id words of site furniture. "card" alone is not furniture (YoungCapital's main
// sections are "Card_root"), teasers and related grids are.
const CHROME_NAMES =
  /(^|[\s_-])(cookie|cookies|consent|cky|cmplz|gdpr|newsletter|nieuwsbrief|breadcrumbs?|kruimelpad|related|teasers?|similar|recommend\w*|share|social|navbar|site-?header|site-?footer|masthead|colophon|skip-link|jet-listing-grid)([\s_-]|$)/i;

export function isSkipped(tag: string): boolean {
  return SKIPPED.has(tag);
}

export function isHidden(el: Element): boolean {
  if (el.hasAttribute("hidden") || el.getAttribute("aria-hidden") === "true") return true;
  const style = el.getAttribute("style");
  return !!style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** Navigation, banners, footers, asides, forms, cookie bars, related-listing grids. */
export function isChrome(el: Element, tag: string, inMain: boolean): boolean {
  // ASP.NET pages wrap the whole page in one <form>: only a form without the page title is chrome.
  if (tag === "form") return !el.querySelector("h1");
  if (CHROME_TAGS.has(tag)) return true;
  if (tag === "header" && !inMain) return true;
  const role = el.getAttribute("role");
  if (role && CHROME_ROLES.has(role)) return true;
  const names = (el.getAttribute("class") ?? "") + " " + (el.id ?? "");
  return names.length > 1 && CHROME_NAMES.test(names);
}

/**
 * The label an icon carries ("Tarief", "Locatie", Need Staffing's "Verwacht aantal uren per
 * week"): aria-label, title, alt, a tooltip attribute or an SVG's own <title>; else, for an icon
 * that opens its line, the field its class or ligature names unambiguously (a map pin is a place,
 * a euro sign a rate: HHNK's `icon-pin`, `icon-euro`). Only the caller decides whether the words
 * are a field label (label-words.ts).
 */
export function labelOfIcon(el: Element): string | null {
  const label =
    el.getAttribute("aria-label") ||
    el.getAttribute("title") ||
    el.getAttribute("alt") ||
    el.getAttribute("data-original-title") ||
    el.getAttribute("data-bs-original-title") ||
    el.getAttribute("data-tooltip") ||
    (el.localName === "svg" ? (el.querySelector("title")?.textContent ?? null) : null);
  const trimmed = label?.trim();
  if (trimmed) return trimmed.length < 60 ? trimmed : null;
  return opensLine(el) ? labelOfIconName(el) : null;
}

// Icon names that say one field and nothing else. A clock or a calendar is left out: hours,
// start or deadline?
const ICON_FIELDS: [RegExp, string][] = [
  [/^(?:map-?marker(?:-alt)?|location(?:-dot|-pin|_on)?|place|pin|map-pin|geo-alt(?:-fill)?|marker)$/, "Locatie"],
  [/^(?:euro(?:-sign|_symbol)?|eur|money(?:-bill(?:-wave)?)?|coins?|payments|wallet|salary|sack-dollar)$/, "Tarief"],
];
const ICON_PREFIX = /^(?:icon|fa|fas|far|fa-solid|bi|mdi|ti|la|glyphicon|ion|ri|ph|uil|feather|lni)[-_]/;

/** The field named by an icon's class ("icon icon-pin", "fa fa-map-marker") or ligature ("place"). */
function labelOfIconName(el: Element): string | null {
  const names = (el.getAttribute("class") ?? "").split(/\s+/).filter((c) => ICON_PREFIX.test(c));
  const ligature = ICON_CLASS.test(el.getAttribute("class") ?? "") ? (el.textContent ?? "").trim() : "";
  for (const name of [...names.map((c) => c.replace(ICON_PREFIX, "")), ligature]) {
    if (!name || name.length > 30) continue;
    for (const [pattern, field] of ICON_FIELDS) if (pattern.test(name.toLowerCase())) return field;
  }
  return null;
}

/** Nothing but white space before the icon in its parent: it heads the line it labels. */
function opensLine(el: Element): boolean {
  for (let node = el.previousSibling; node; node = node.previousSibling) {
    if (node.nodeType === 1) return false;
    if (node.nodeType === 3 && (node.nodeValue ?? "").trim()) return false;
  }
  return true;
}

// Icon fonts write ligatures as text ("account_balance", "place"): the icon's label counts, its text not.
const ICON_CLASS = /(^|\s)(material-icons|material-symbols[\w-]*|mat-icon|icon|fa|fas|far|fab|bi)(\s|$)/;

export function isIcon(el: Element, tag: string): boolean {
  if (tag === "mat-icon") return true;
  const iconClass = ICON_CLASS.test(el.getAttribute("class") ?? "");
  const named = el.getAttribute("role") === "img" || el.hasAttribute("aria-label") || el.hasAttribute("title");
  if (!iconClass && !named) return false;
  const text = el.textContent ?? "";
  if (text.length > 30) return false;
  if (el.getAttribute("role") === "img") return true;
  // ligature text ("hourglass_bottom") in an icon-font element
  if (iconClass) return /^[\sa-z_\d]*$/.test(text);
  // an emoji or symbol with an accessible name: <span aria-label="Plaats">📍</span> (Werkzoeken)
  return text.trim().length <= 4 && !/[\p{L}\p{N}]/u.test(text);
}
