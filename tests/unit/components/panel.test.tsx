// The in-page panel as a component (components/Panel.tsx), rendered in happy-dom: compact first,
// open on demand, the undo bar after "Uitzetten", Escape, the words of its bar and buttons.
// User test of issue 16; the panel in the page, in Chromium: tests/e2e/panel*.test.ts.
import { render } from "preact";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Panel, type PanelProps } from "../../../components/Panel";
import type { MatchView } from "../../../components/match-types";
import { makeListing } from "../storage/make-saved";

const now = new Date("2025-11-01T10:00:00+01:00");
const match: MatchView = {
  requirements: [
    { id: "must-1", text: "HBO werk- en denkniveau", kind: "must", verdict: "met", reason: "HBO", overridden: false },
    { id: "must-2", text: "Tien jaar ervaring", kind: "must", verdict: "unmet", reason: "6 jaar", overridden: false },
    { id: "must-3", text: "Ervaring bij een G4", kind: "must", verdict: "unknown", reason: "", overridden: false },
  ],
  checks: [],
  summary: { must: { met: 1, unmet: 1, unknown: 1, total: 3 }, nice: { met: 0, unmet: 0, unknown: 0, total: 0 } },
};

let host: HTMLElement | null = null;
afterEach(() => {
  if (host) render(null, host);
  host?.remove();
  host = null;
});

function show(changes: Partial<PanelProps> = {}) {
  const props: PanelProps = {
    listing: makeListing({ deadline: "2025-11-12" }),
    match,
    now,
    lang: "nl",
    saved: false,
    open: false,
    corner: "bottom-right",
    host: "www.kbenp.nl",
    switchedOff: false,
    onToggleOpen: vi.fn(),
    onEscape: vi.fn(),
    onMove: vi.fn(),
    onToggleSaved: vi.fn(),
    onDisableSite: vi.fn(),
    onUndoDisable: vi.fn(),
    onDismiss: vi.fn(),
    onOpenProfile: vi.fn(),
    onOverride: vi.fn(),
    ...changes,
  };
  host = document.createElement("div");
  document.body.append(host);
  render(<Panel {...props} />, host);
  const q = <T extends Element = HTMLElement>(selector: string) => host!.querySelector<T>(selector);
  return { props, q, text: (selector: string) => q(selector)?.textContent?.replace(/\s+/g, " ").trim() ?? null };
}

describe("the panel, compact (as it starts on a site)", () => {
  it("is one bar: a button with the countdown and the eisen that stop you, and 'Verplaats'", () => {
    const { q, text } = show();
    expect(q("section")!.className).toBe("or-panel or-bottom-right or-compact");
    expect(q(".or-body")).toBeNull();
    const toggle = q(".or-toggle")!;
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    expect(text(".or-toggle .or-countdown")).toBe("nog 11 dagen");
    expect(text(".or-pill-summary")).toBe("✗ 1 van 3 eisen niet voldaan");
    // Its name, for a screen reader: the brand, the countdown, the eisen.
    expect(toggle.textContent).toMatch(/^Opdrachtradar.*nog 11 dagen.*1 van 3 eisen niet voldaan/);
    expect(q(".or-move")!.getAttribute("aria-label")).toBe("Verplaats het paneel (nu rechtsonder)");
  });

  it("says what is unknown when nothing stops you, and how many are met when all are", () => {
    const unknownOnly = { ...match, summary: { ...match.summary, must: { met: 2, unmet: 0, unknown: 1, total: 3 } } };
    expect(show({ match: unknownOnly }).text(".or-pill-summary")).toBe("? 1 van 3 eisen onbekend");
    const allMet = { ...match, summary: { ...match.summary, must: { met: 3, unmet: 0, unknown: 0, total: 3 } } };
    expect(show({ match: allMet, lang: "en" }).text(".or-pill-summary")).toBe("✓ 3 of 3 requirements met");
  });

  // Problem 5: a closed listing said "geen deadline bekend" in the bar and "gesloten" in the body.
  it("says 'gesloten' in the bar of a listing the page says is closed, as the body does", () => {
    const closed = makeListing({ deadline: null, status: "closed" });
    const { text } = show({ listing: closed });
    expect(text(".or-toggle .or-countdown")).toBe("gesloten");
  });

  it("toggles and moves by its buttons; Escape does nothing while compact", () => {
    const { q, props } = show();
    q(".or-toggle")!.click();
    q(".or-move")!.click();
    expect(props.onToggleOpen).toHaveBeenCalledOnce();
    expect(props.onMove).toHaveBeenCalledOnce();
    const escape = new KeyboardEvent("keydown", { key: "Escape", bubbles: true, cancelable: true });
    q(".or-toggle")!.dispatchEvent(escape);
    expect(props.onEscape).not.toHaveBeenCalled();
    expect(escape.defaultPrevented).toBe(false);
  });
});

describe("the panel, open", () => {
  it("shows the listing under its bar, with 'Sluitingsdatum' and the save button's short words", () => {
    const { q, text } = show({ open: true, saved: true });
    expect(q("section")!.className).toBe("or-panel or-bottom-right or-open");
    expect(q(".or-toggle")!.getAttribute("aria-expanded")).toBe("true");
    expect(q(".or-toggle")!.getAttribute("aria-controls")).toBe("or-body");
    expect(q("#or-body")).not.toBeNull();
    expect(q(".or-pill-summary")).toBeNull();
    expect(text(".or-fact dt")).toBe("Sluitingsdatum");
    expect(text(".or-save")).toBe("Bewaard ✓");
    expect(q(".or-save")!.getAttribute("title")).toBe("Klik om niet meer te bewaren");
    expect(text(".or-disable")).toBe("Uitzetten op www.kbenp.nl");
  });

  it("folds on Escape, which the page does not see", () => {
    const { q, props } = show({ open: true });
    const seen = vi.fn();
    host!.addEventListener("keydown", seen);
    q(".or-save")!.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true, cancelable: true }));
    expect(props.onEscape).toHaveBeenCalledOnce();
    expect(seen).not.toHaveBeenCalled();
  });

  it("in English: 'Closing date', 'Save'", () => {
    const { text } = show({ open: true, lang: "en" });
    expect(text(".or-fact dt")).toBe("Closing date");
    expect(text(".or-save")).toBe("Save");
  });
});

describe("the panel, just switched off on the site", () => {
  it("is only the undo bar: what happened, 'Ongedaan maken' and 'Sluiten'", () => {
    const { q, text, props } = show({ open: true, switchedOff: true });
    expect(q(".or-toggle")).toBeNull();
    expect(text(".or-undo #or-off-text")).toBe("Opdrachtradar staat uit op www.kbenp.nl.");
    const undo = q(".or-undo-button")!;
    expect(undo.textContent).toBe("Ongedaan maken");
    expect(undo.getAttribute("aria-describedby")).toBe("or-off-text");
    undo.click();
    expect(props.onUndoDisable).toHaveBeenCalledOnce();
    q<HTMLButtonElement>('button[aria-label="Sluiten"]')!.click();
    expect(props.onDismiss).toHaveBeenCalledOnce();
    undo.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true, cancelable: true }));
    expect(props.onEscape).toHaveBeenCalledOnce();
  });
});
