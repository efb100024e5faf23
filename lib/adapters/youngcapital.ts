// YoungCapital (youngcapital.nl): React with hashed class names, JSON-LD JobPosting for salary,
// hours and employer (read by the generic tier); the title carries " in <Plaats>".
import { optional, required, textOf } from "./dom";
import type { AdapterFields, SiteAdapter } from "./types";

export const youngcapital: SiteAdapter = {
  id: "youngcapital",
  examples: [
    "https://www.youngcapital.nl/vacatures/4512345-gemeentesecretaris-algemeen-directeur-in-zoetermeer",
    "https://www.youngcapital.nl/vacatures/4511207-teamleider-klantcontact-in-zoetermeer",
  ],
  extract(doc) {
    const h1 = textOf(required(doc, ['h1[class*="VacancyHeader_title"]', "main h1"], "titel"));
    const fields: AdapterFields = {};
    // "Extra informatie": <dt>Plaats</dt><dd>Zoetermeer</dd>
    const facts = optional(doc, ['dl[class*="Facts_list"]', "main dl"]);
    for (const dt of Array.from(facts?.querySelectorAll("dt") ?? [])) {
      if (/^(plaats|locatie)$/i.test(textOf(dt)) && dt.nextElementSibling)
        fields.location = textOf(dt.nextElementSibling);
    }
    const place = fields.location;
    fields.title =
      place && h1.toLowerCase().endsWith(` in ${place.toLowerCase()}`) ? h1.slice(0, -(place.length + 4)) : h1;
    // "Helaas, deze vacature is niet actief." above the header of inactive vacancies
    const inactive = textOf(optional(doc, ['[class*="Notice_inactive"]', '[class*="VacancyInactive"]']));
    if (inactive) fields.closedNotice = inactive;
    return fields;
  },
};
