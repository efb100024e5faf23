// Telling the client (the organisation the work is for) from the broker that publishes it.
import type { Page } from "./page";
import { normalize } from "./text";

const ORG_WORDS =
  "Gemeente|Provincie|Waterschap|Hoogheemraadschap|Ministerie van|Ministerie|Rijkswaterstaat|Rijksdienst voor|Veiligheidsregio|Omgevingsdienst|GGD|Politie|Belastingdienst|UWV|Kadaster|Hogeschool|Universiteit|Ziekenhuis|Stichting|Woningcorporatie|Woonstichting|Regio|Inspectie|Nationale|Koninklijke";
const NAME = String.raw`[\p{Lu}][\p{L}'’.&-]*(?:[\s-](?:en|van|de|der|den|het|voor|aan|op|[\p{Lu}][\p{L}'’.&-]*))*`;
/** "Gemeente Zoetermeer", "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties" */
export const ORG_NAME = new RegExp(`\\b(?:${ORG_WORDS})\\s+${NAME}`, "u");
const ORG_WHOLE = new RegExp(`^(?:${ORG_WORDS})\\s+${NAME}$`, "u");
const AFTER_BIJ = new RegExp(`\\b(?:bij|voor|for|at)\\s+((?:${ORG_WORDS})\\s+${NAME})`, "u");

function trimTail(name: string): string {
  return name.replace(/(?:\s(?:en|van|de|der|den|het|voor|aan|op))+$/u, "").trim();
}

/** A whole text that is an organisation name ("Gemeente Zoetermeer"), else null. */
export function wholeOrganisation(text: string): string | null {
  return text.length <= 80 && ORG_WHOLE.test(text.trim()) ? trimTail(text.trim()) : null;
}

/** "Opdracht bij Gemeente Utrecht: …" → "Gemeente Utrecht". */
export function organisationAfterBij(text: string): string | null {
  const m = AFTER_BIJ.exec(text);
  return m?.[1] ? trimTail(m[1]) : null;
}

/** True when the name is the site itself (YoungCapital's own JSON-LD organisation, KB&P). */
export function isBroker(name: string, page: Page): boolean {
  const n = normalize(name).replace(/ /g, "");
  if (!n) return true;
  const site = normalize(page.meta.siteName ?? "").replace(/ /g, "");
  const labels = page.url.hostname.split(".");
  const host = (labels.length >= 2 ? labels[labels.length - 2] : labels[0]) ?? "";
  return (!!site && (n === site || n.includes(site))) || (host.length >= 4 && n.includes(host.replace(/-/g, "")));
}

/** "Gemeente Zoetermeer" → "Zoetermeer": a municipality's work is in its own town. */
export function townOfMunicipality(client: string): string | null {
  const m = /^Gemeente\s+((?:['’]s-)?[\p{Lu}][\p{L}'’-]+(?:[\s-][\p{Lu}][\p{L}'’-]+)*)$/u.exec(client.trim());
  return m?.[1] ?? null;
}
