// "Kopieer alles": the response as plain text, laid out the way response forms take it: per eis
// and wens the requirement, then its substantiation; then the rate and what to hand in. Intl's
// non-breaking spaces become plain ones, which every form field takes alike.
import type { Listing } from "../model/listing";
import { formatDay } from "../format/facts";
import { t, type Lang } from "../i18n/t";
import { checklistItemText, rateText } from "./response-words";
import type { RateComparison } from "./rate";
import type { ResponseView } from "./response-view";

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

export function responsePlainText(listing: Listing, view: ResponseView, rate: RateComparison, lang: Lang): string {
  const lines: string[] = [listing.title ?? listing.url];
  const about = [listing.client, listing.site].filter(Boolean).join(" · ");
  if (about) lines.push(about);
  if (listing.deadline) lines.push(`${t(lang, "response_deadline")}: ${formatDay(listing.deadline, lang)}`);
  for (const kind of ["must", "nice"] as const) {
    const rows = view.rows.filter((r) => r.kind === kind);
    if (rows.length === 0) continue;
    lines.push("", t(lang, kind === "must" ? "response_musts" : "response_nices").toUpperCase());
    for (const row of rows) {
      lines.push("", `${row.label}. ${row.requirement.trim()}`, `${t(lang, "response_substantiation")}:`);
      lines.push(row.text.trim() || "-");
    }
  }
  lines.push("", t(lang, "response_rate_heading").toUpperCase(), rateText(rate, lang));
  if (view.checklist.length > 0) {
    lines.push("", t(lang, "response_checklist_heading").toUpperCase());
    for (const item of view.checklist) lines.push(`[${item.checked ? "x" : " "}] ${checklistItemText(item, lang)}`);
  }
  return `${plain(lines.join("\n"))}\n`;
}
