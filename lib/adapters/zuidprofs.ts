// ZuidProfs (zuidprofs.nl): WordPress + Elementor + JetEngine. The closing date is a dynamic
// field under the heading "Je kunt reageren tot"; the address slug ends with the town.
import { optional, required, textOf } from "./dom";
import type { AdapterFields, SiteAdapter } from "./types";

function reactionDate(doc: Document): string | null {
  for (const heading of Array.from(doc.querySelectorAll(".elementor-location-single .elementor-heading-title"))) {
    if (!/reageren tot/i.test(textOf(heading))) continue;
    const widget = heading.closest(".elementor-element")?.nextElementSibling;
    const value = textOf(widget ? optional(widget, [".jet-listing-dynamic-field__content"]) : null);
    if (value) return value;
  }
  return null;
}

/** The town the slug ends with, spelled as the page spells it ("-dronten/" → "Dronten"). */
function townFromSlug(url: URL, text: string): string | null {
  const slug = url.pathname.replace(/\/+$/, "").split("/").pop() ?? "";
  const last = (slug.split("-").pop() ?? "").replace(/[^a-z0-9]/gi, "");
  if (last.length < 3) return null;
  const m = new RegExp(`\\b(${last})\\b`, "i").exec(text);
  return m?.[1] ? m[1][0]!.toUpperCase() + m[1].slice(1) : null;
}

export const zuidprofs: SiteAdapter = {
  id: "zuidprofs",
  examples: [
    "https://www.zuidprofs.nl/opdrachten/opgaveleider-opgavegericht-werken-dronten/",
    "https://www.zuidprofs.nl/opdrachten/programmamanager-omgevingswet-lelystad/",
  ],
  extract(doc, ctx) {
    const title = required(doc, [".elementor-widget-theme-post-title h1", "h1.elementor-heading-title", "h1"], "titel");
    const content = required(doc, [".elementor-widget-theme-post-content", ".entry-content"], "omschrijving");
    const fields: AdapterFields = { title: textOf(title) };
    const deadline = reactionDate(doc);
    if (deadline) fields.deadline = deadline;
    const text = textOf(content);
    const town = townFromSlug(ctx.url, text);
    if (town) {
      fields.location = town;
      // "De gemeente Dronten staat ...": ZuidProfs works for municipalities named in the text
      if (new RegExp(`\\bgemeente ${town}\\b`, "i").test(text)) fields.client = `Gemeente ${town}`;
    }
    return fields;
  },
};
