// Where a fact came from, as the panel says it: "bij ‘Sluitingsdatum’", "uit de gegevens van de
// pagina", and what it overruled ("De gegevens van de pagina noemen 31 jan 2026; ...").
import type { Provenance } from "../model/listing";
import { t, type Lang } from "../i18n/t";
import { formatDay } from "./facts";

function clipped(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/** One short phrase for where the value stood; null when nothing is known. */
export function provenanceText(p: Provenance | undefined, site: string | null, lang: Lang): string | null {
  if (!p) return null;
  // The user's own rule for the site (issue 17): said as such, whatever label stood there.
  if (p.tier === "rule") return t(lang, "provenance_rule");
  if (p.label) return t(lang, "provenance_label", clipped(p.label.replace(/[\s:：]+$/, ""), 40));
  switch (p.tier) {
    case "json-ld":
    case "microdata":
      return t(lang, "provenance_structured");
    case "adapter":
      return site ? t(lang, "provenance_adapter", site) : t(lang, "provenance_structured");
    case "meta":
      return t(lang, "provenance_meta");
    default:
      return t(lang, "provenance_text", clipped(p.source, 60));
  }
}

/** Where the page's structured data said another day than the one chosen; else null. */
export function overruledText(p: Provenance | undefined, lang: Lang): string | null {
  const other = p?.overruled;
  if (!other) return null;
  return t(lang, "provenance_overruled", formatDay(other.value.slice(0, 10), lang));
}
