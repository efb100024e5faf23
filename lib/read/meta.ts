// Open Graph, <meta> and <link rel=canonical>: the cheap page-level facts.
import type { PageMeta } from "../model/page-reading";
import { READING_LIMITS } from "../model/reading-limits";
import { squash } from "../dutch/text";

export type { PageMeta };

function metaContent(doc: Document, selector: string): string | null {
  const value = doc.querySelector(selector)?.getAttribute("content");
  return value && squash(value) ? squash(value).slice(0, READING_LIMITS.short) : null;
}

export function readMeta(doc: Document, url: string): PageMeta {
  const title = doc.querySelector("title")?.textContent;
  return {
    title: title && squash(title) ? squash(title).slice(0, READING_LIMITS.short) : null,
    ogTitle: metaContent(doc, 'meta[property="og:title"], meta[name="og:title"], meta[name="twitter:title"]'),
    siteName: metaContent(doc, 'meta[property="og:site_name"], meta[name="application-name"]'),
    description: metaContent(doc, 'meta[name="description"]'),
    ogDescription: metaContent(doc, 'meta[property="og:description"]'),
    ogType: metaContent(doc, 'meta[property="og:type"]'),
    canonical: canonicalUrl(doc, url),
  };
}

function canonicalUrl(doc: Document, url: string): string | null {
  const href = doc.querySelector('link[rel~="canonical"]')?.getAttribute("href");
  if (!href) return null;
  try {
    const resolved = new URL(href, url);
    return /^https?:$/.test(resolved.protocol) && resolved.href.length <= READING_LIMITS.short ? resolved.href : null;
  } catch {
    return null;
  }
}

/** "Opgaveleider – ZuidProfs" → "Opgaveleider": drop a trailing or leading site name. */
export function stripSiteName(title: string, siteName: string | null): string {
  // a title is short; the cap keeps the split linear on a hostile one (a run of spaces)
  const parts = title
    .slice(0, TITLE_MAX)
    .split(/\s+[|–—-]\s+|\s+[|–—]/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2) return title.slice(0, TITLE_MAX).trim();
  const site = siteName?.toLowerCase() ?? null;
  const kept = parts.filter((p) => !site || p.toLowerCase() !== site);
  if (kept.length === parts.length) kept.pop();
  return kept[0] ?? title.slice(0, TITLE_MAX).trim();
}

/** Longer titles are cut before splitting: a hostile page's title costs no more than this. */
const TITLE_MAX = 400;

/** The parts of a "Title | Client | Site" title besides the job title and the site name. */
export function titleSegments(title: string | null): string[] {
  return title
    ? title
        .slice(0, TITLE_MAX)
        .split(/\s+[|–—]\s+|\s+-\s+/)
        .map((p) => p.trim())
        .filter(Boolean)
    : [];
}
