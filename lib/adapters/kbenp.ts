// KB&P (kbenp.nl): Laravel/Bootstrap pages. Kenmerken in a dl, the rate in the "rekenhulp"
// widget, the closing badge ("Sluit over 11 dagen") under the title, eisen/wensen as sections.
import { AdapterError, optional, required, textOf } from "./dom";
import { putLabelled } from "./label-map";
import type { AdapterFields, SiteAdapter } from "./types";

export const kbenp: SiteAdapter = {
  id: "kbenp",
  examples: [
    "https://www.kbenp.nl/opdrachten/procesbegeleider-leiderschap-ontwikkeling-concerndirectie-gemeente-utrecht/",
    "https://www.kbenp.nl/opdrachten/teamcoach-directieteam-veiligheidsregio-utrecht/",
  ],
  extract(doc) {
    // 2025 layout: #opdracht-detail column; older pages: the first .container in main
    const detail = optional(doc, ["#opdracht-detail", "main .col-lg-8", "main"]);
    if (!detail) throw new AdapterError("opdracht-kolom niet gevonden (#opdracht-detail)");
    const fields: AdapterFields = {
      title: textOf(required(detail, ["h1.kbp-opdracht-title", "h1"], "titel")),
    };
    // the logo's screen-reader text: "Logo van Gemeente Utrecht"
    const logo = textOf(optional(detail, [".kbp-client-logo .visually-hidden"])).replace(/^logo van\s+/i, "");
    if (logo) fields.client = logo;
    const address = textOf(optional(detail, [".kbp-opdracht-head p.text-muted", ".kbp-opdracht-head p"]));
    if (address) fields.location = address;
    const badge = textOf(optional(detail, [".kbp-opdracht-head .kbp-badge-closing"]));
    if (badge) fields.deadline = badge;
    const kenmerken = required(detail, ["dl.kbp-kenmerken", "dl"], "kenmerken (dl.kbp-kenmerken)");
    for (const dt of Array.from(kenmerken.querySelectorAll("dt"))) {
      const dd = dt.nextElementSibling;
      if (dd?.localName === "dd") putLabelled(fields, textOf(dt), textOf(dd));
    }
    // the rekenhulp shows "Opdracht tarief €200"; its data-tarief attribute is the same figure
    const rekenhulp = optional(detail, [".js-rekenhulp", ".kbp-rekenhulp"]);
    const shown = Array.from(rekenhulp?.querySelectorAll(".kbp-rekenhulp__item") ?? [])
      .map((item) => textOf(item))
      .find((text) => /tarief/i.test(text));
    const tarief = rekenhulp?.getAttribute("data-tarief")?.trim();
    const rate = shown ?? (tarief && /^\d+([.,]\d+)?$/.test(tarief) ? tarief : undefined);
    if (rate) {
      fields.rate = rate;
      fields.rateIsMaximum = true;
    }
    const sections: AdapterFields["requirementSections"] = [];
    const eisen = optional(detail, ["section#eisen", "#eisen"]);
    const wensen = optional(detail, ["section#wensen", "#wensen"]);
    if (eisen) sections.push({ kind: "must", element: eisen });
    if (wensen) sections.push({ kind: "nice", element: wensen });
    if (sections.length) fields.requirementSections = sections;
    return fields;
  },
};
