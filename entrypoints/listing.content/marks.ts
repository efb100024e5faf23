// Small badges next to each requirement and next to the page's own deadline text. Each badge is
// a <span> with its own shadow root, so the site's CSS cannot restyle it; page text only ever
// goes in as textContent. Badges are appended at the end of the item, so the layout stays put.
import { indexBlocks, locateText } from "../../lib/annotate/locate";
import { countdown, countdownText, urgency } from "../../lib/format/countdown";
import type { Listing } from "../../lib/model/listing";
import { t, type Lang } from "../../lib/i18n/t";
import type { MatchView } from "../../components/match-types";
import { verdictIcons } from "../../components/VerdictBadge";
import markCss from "./marks.css?inline";
import { PANEL_TAG } from "./panel-host";

export const MARK_ATTRIBUTE = "data-opdrachtradar-mark";

const SVG = "http://www.w3.org/2000/svg";

/** The clock of the Countdown component, built without markup strings. */
function clockIcon(doc: Document): SVGElement {
  const svg = doc.createElementNS(SVG, "svg");
  const parts: Array<[string, Record<string, string>]> = [
    ["circle", { cx: "8", cy: "8", r: "6.5" }],
    ["path", { d: "M8 4.5V8l2.5 1.8" }],
  ];
  for (const [k, v] of Object.entries({ viewBox: "0 0 16 16", width: "11", height: "11" })) svg.setAttribute(k, v);
  for (const [tag, attributes] of parts) {
    const el = doc.createElementNS(SVG, tag);
    const all = { ...attributes, fill: "none", stroke: "currentColor", "stroke-width": "1.8" };
    for (const [k, v] of Object.entries(all)) el.setAttribute(k, v);
    svg.append(el);
  }
  return svg;
}

/** A badge; `icon` null draws the clock. */
function createMark(
  doc: Document,
  kind: string,
  level: string,
  icon: string | null,
  label: string,
  detail: string,
): HTMLElement {
  const host = doc.createElement("span");
  host.setAttribute(MARK_ATTRIBUTE, kind);
  const root = host.attachShadow({ mode: "open" });
  const style = doc.createElement("style");
  style.textContent = markCss;
  const badge = doc.createElement("span");
  badge.className = `mark ${level}`;
  badge.tabIndex = 0;
  badge.setAttribute("role", "note");
  badge.setAttribute("aria-label", detail);
  const iconEl = doc.createElement("span");
  iconEl.setAttribute("aria-hidden", "true");
  if (icon === null) iconEl.append(clockIcon(doc));
  else iconEl.textContent = icon;
  const text = doc.createElement("span");
  text.textContent = label;
  const tip = doc.createElement("span");
  tip.className = "tip";
  tip.setAttribute("aria-hidden", "true");
  tip.textContent = detail;
  badge.append(iconEl, text, tip);
  root.append(style, badge);
  return host;
}

export function removeMarks(doc: Document): void {
  doc.querySelectorAll(`[${MARK_ATTRIBUTE}]`).forEach((el) => el.remove());
}

const ownUi = (el: Element) => el.hasAttribute(MARK_ATTRIBUTE) || el.tagName.toLowerCase() === PANEL_TAG;

/**
 * Places the marks; returns how many requirements got one. `elements` are the reading's blocks'
 * elements: where the worker says a value stood in block N, its mark goes on elements[N].
 */
export function placeMarks(
  doc: Document,
  listing: Listing,
  match: MatchView | null,
  lang: Lang,
  now: Date,
  elements: Element[] = [],
): number {
  removeMarks(doc);
  const blocks = indexBlocks(doc, ownUi);
  let placed = 0;
  const requirements =
    match?.requirements ??
    listing.requirements.map((r) => ({ ...r, verdict: "unknown" as const, reason: "", overridden: false }));
  for (const r of requirements) {
    const target = locateText(blocks, r.text);
    if (!target) continue;
    const word = t(lang, `verdict_${r.verdict}`);
    target.append(
      createMark(
        doc,
        "requirement",
        r.verdict,
        verdictIcons[r.verdict],
        word,
        t(lang, "mark_label", word, r.reason || r.text),
      ),
    );
    placed++;
  }
  const deadline = listing.provenance.deadline;
  if (listing.deadline && deadline && (deadline.tier === "text" || deadline.tier === "adapter")) {
    const anchored = typeof deadline.block === "number" ? elements[deadline.block] : undefined;
    const target = anchored?.isConnected ? anchored : locateText(blocks, deadline.source);
    const c = countdown(listing.deadline, now);
    const text = countdownText(c, lang);
    if (target) target.append(createMark(doc, "deadline", urgency(c), null, text, t(lang, "mark_deadline", text)));
  }
  return placed;
}
