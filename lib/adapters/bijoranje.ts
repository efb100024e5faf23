// Bij Oranje (bijoranje.nl): WordPress. The facts are an icon list under the title, each item
// labelled by its title attribute ("Tarief", "Reageren kan tot"); status is a class on <article>.
import { optional, required, textOf } from "./dom";
import { putLabelled } from "./label-map";
import type { AdapterFields, SiteAdapter } from "./types";

export const bijoranje: SiteAdapter = {
  id: "bijoranje",
  examples: [
    "https://www.bijoranje.nl/opdrachten/procesbegeleider-leiderschap-ontwikkeling-concerndirectie-utrecht/",
    "https://www.bijoranje.nl/opdrachten/programmamanager-sociaal-domein-amersfoort/",
  ],
  extract(doc) {
    const fields: AdapterFields = {
      title: textOf(required(doc, ["h1.opdracht-hero__title", "article.opdracht h1", "h1.entry-title"], "titel")),
    };
    // the hero's list only: the sidebar teasers use the same .opdracht-meta markup
    const meta = required(
      doc,
      [".opdracht-hero .opdracht-meta", "article.opdracht .opdracht-meta"],
      "kenmerken (.opdracht-meta)",
    );
    for (const item of Array.from(meta.querySelectorAll("li[title]"))) {
      const value = textOf(optional(item, [".opdracht-meta__value"]) ?? item);
      putLabelled(fields, item.getAttribute("title") ?? "", value);
    }
    // WordPress taxonomy class: opdracht-status-open / opdracht-status-gesloten
    const article = optional(doc, ['article[class*="opdracht-status-"]']);
    const status = /opdracht-status-([a-z-]+)/.exec(article?.getAttribute("class") ?? "")?.[1];
    if (status && /gesloten|closed|verlopen|vervuld/.test(status)) fields.closedNotice = `opdracht-status-${status}`;
    return fields;
  },
};
