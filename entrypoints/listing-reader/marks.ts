// Small badges next to each requirement and next to the page's own deadline text. Each badge is
// a <span> with its own closed shadow root, so the site's CSS cannot restyle it and its scripts
// cannot read it: the reason, which quotes the user's profile, stands only in there (DESIGN.md,
// practice 9). Page text only ever goes in as textContent. Badges are appended at the end of
// the item, so the layout stays put.
import { indexBlocks, locateText } from "../../lib/annotate/locate";
import { countdown, countdownText, urgency } from "../../lib/format/countdown";
import type { Listing } from "../../lib/model/listing";
import { t, type Lang } from "../../lib/i18n/t";
import type { MatchView } from "../../components/match-types";
import { verdictIcons } from "../../components/VerdictBadge";
import markCss from "./marks.css?inline";
import { closedRoot, ownHosts } from "./panel-host";

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

/** What one badge shows; two badges with the same look are the same badge. */
interface MarkLook {
  kind: "requirement" | "deadline";
  level: string;
  /** null draws the clock. */
  icon: string | null;
  label: string;
  detail: string;
}

interface PlacedMark {
  host: HTMLElement;
  target: Element;
  key: string;
  badge: HTMLElement;
}

const keyOf = (m: MarkLook) => JSON.stringify([m.kind, m.level, m.icon, m.label, m.detail]);

/** The badges on the page now, known only to this script (no attribute a page could read or fake). */
let placed: PlacedMark[] = [];

/**
 * A reason shown on hover or focus can be dismissed without moving either (WCAG 1.4.13): Escape
 * hides every shown one until the pointer leaves its badge or the focus does. One listener on
 * the page's document, while there are badges; the Escape goes on to the page.
 */
let escapeListening = false;
function onEscape(event: KeyboardEvent): void {
  if (event.key !== "Escape" || !event.isTrusted) return;
  for (const m of placed) if (m.badge.matches(":hover, :focus")) m.badge.classList.add("dismissed");
}
function listenForEscape(doc: Document, on: boolean): void {
  if (on === escapeListening) return;
  escapeListening = on;
  if (on) doc.addEventListener("keydown", onEscape, true);
  else doc.removeEventListener("keydown", onEscape, true);
}

/** The reason stays inside the window: shifted left when it would run off the right edge. */
function fitTip(badge: HTMLElement, tip: HTMLElement): void {
  tip.style.left = "0px";
  const width = badge.ownerDocument.documentElement.clientWidth;
  const box = tip.getBoundingClientRect();
  const over = box.right - (width - 8);
  if (over > 0) tip.style.left = `${-Math.min(over, box.left - 8)}px`;
}

function createMark(doc: Document, m: MarkLook): { host: HTMLElement; badge: HTMLElement } {
  const host = doc.createElement("span");
  const root = closedRoot(host, markCss);
  const badge = doc.createElement("span");
  badge.className = `mark ${m.level}`;
  badge.dataset.kind = m.kind;
  badge.tabIndex = 0;
  badge.setAttribute("role", "note");
  badge.setAttribute("aria-label", m.detail);
  const iconEl = doc.createElement("span");
  iconEl.setAttribute("aria-hidden", "true");
  if (m.icon === null) iconEl.append(clockIcon(doc));
  else iconEl.textContent = m.icon;
  const text = doc.createElement("span");
  text.textContent = m.label;
  const tip = doc.createElement("span");
  tip.className = "tip";
  tip.setAttribute("aria-hidden", "true");
  tip.textContent = m.detail;
  badge.append(iconEl, text, tip);
  const shown = () => fitTip(badge, tip);
  const gone = () => {
    if (!badge.matches(":hover") && !badge.matches(":focus")) badge.classList.remove("dismissed");
  };
  badge.addEventListener("mouseenter", shown);
  badge.addEventListener("focus", shown);
  badge.addEventListener("mouseleave", gone);
  badge.addEventListener("blur", gone);
  root.append(badge);
  return { host, badge };
}

export function removeMarks(): void {
  for (const m of placed) m.host.remove();
  placed = [];
  listenForEscape(document, false);
}

const ownUi = (el: Element) => ownHosts.has(el);

/** Where each badge goes and what it shows, for this listing, verdicts and moment. */
function wantedMarks(
  doc: Document,
  listing: Listing,
  match: MatchView | null,
  lang: Lang,
  now: Date,
  elements: Element[],
): Array<{ target: Element; look: MarkLook }> {
  const blocks = indexBlocks(doc, ownUi);
  const out: Array<{ target: Element; look: MarkLook }> = [];
  const requirements =
    match?.requirements ??
    listing.requirements.map((r) => ({ ...r, verdict: "unknown" as const, reason: "", overridden: false }));
  for (const r of requirements) {
    const target = locateText(blocks, r.text);
    if (!target) continue;
    const word = t(lang, `verdict_${r.verdict}`);
    const detail = t(lang, "mark_label", word, r.reason || r.text);
    out.push({
      target,
      look: { kind: "requirement", level: r.verdict, icon: verdictIcons[r.verdict], label: word, detail },
    });
  }
  const deadline = listing.provenance.deadline;
  if (listing.deadline && deadline && (deadline.tier === "text" || deadline.tier === "adapter")) {
    const anchored = typeof deadline.block === "number" ? elements[deadline.block] : undefined;
    const target = anchored?.isConnected ? anchored : locateText(blocks, deadline.source);
    const c = countdown(listing.deadline, now, listing.status);
    const text = countdownText(c, lang);
    const look: MarkLook = {
      kind: "deadline",
      level: urgency(c),
      icon: null,
      label: text,
      detail: t(lang, "mark_deadline", text),
    };
    if (target) out.push({ target, look });
  }
  return out;
}

/**
 * Places the marks; returns how many requirements got one. `elements` are the reading's blocks'
 * elements: where the worker says a value stood in block N, its mark goes on elements[N].
 * Only what changed is redrawn: a badge that would look the same in the same place stays, so the
 * 30-second tick and a storage change elsewhere leave the page's DOM alone (no flicker, no lost
 * hover or focus, nothing for the page's mutation observers).
 */
export function placeMarks(
  doc: Document,
  listing: Listing,
  match: MatchView | null,
  lang: Lang,
  now: Date,
  elements: Element[] = [],
): number {
  const wanted = wantedMarks(doc, listing, match, lang, now, elements);
  const old = placed;
  placed = [];
  for (const { target, look } of wanted) {
    const key = keyOf(look);
    const i = old.findIndex((m) => m.target === target && m.key === key && m.host.parentNode === target);
    const kept = i >= 0 ? old.splice(i, 1)[0]! : null;
    const made = kept ?? createMark(doc, look);
    if (!kept) target.append(made.host);
    placed.push({ host: made.host, badge: made.badge, target, key });
  }
  for (const m of old) m.host.remove();
  listenForEscape(doc, placed.length > 0);
  return wanted.filter((w) => w.look.kind === "requirement").length;
}
