// "Wijs aan op de pagina" (issue 17): the pointing mode. The page is dimmed but for the element
// under the pointer; a click chooses it. By keyboard, Tab or the arrow keys go through the
// candidates (the reading's text blocks, or for a section the lists they stand in), Enter
// chooses, Escape stops. The bar and the frame live in their own closed shadow root; the page's
// events are looked at only when the user made them (`isTrusted`), and a click that chooses is
// kept from the page (no link followed, no button pressed). Texts are set as text, never as HTML.
import pointingCss from "./pointing.css?inline";
import { closedRoot, ownHosts } from "./panel-host";

export interface PointingTexts {
  title: string;
  hint: string;
  cancel: string;
}

export interface Pointing {
  stop(): void;
}

const POINTING_TAG = "opdrachtradar-pointing";
/** Sections are lists, tables or their wrapper: pointing at one item chooses its list. */
const SECTION_CONTAINERS = "ul, ol, table, dl";

function isOurs(target: EventTarget | null): boolean {
  return target instanceof Element && ownHosts.has(target);
}

export function startPointing(
  doc: Document,
  options: {
    texts: PointingTexts;
    section: boolean;
    candidates: Element[];
    onChoose(element: Element): void;
    onCancel(): void;
  },
): Pointing {
  const win = doc.defaultView ?? window;
  const host = doc.createElement(POINTING_TAG);
  const root = closedRoot(host, pointingCss);
  const box = doc.createElement("div");
  box.className = "or-point";
  const dim = doc.createElement("div");
  dim.className = "or-point-dim";
  const frame = doc.createElement("div");
  frame.className = "or-point-frame";
  frame.hidden = true;
  const bar = doc.createElement("div");
  bar.className = "or-point-bar";
  bar.setAttribute("role", "dialog");
  bar.setAttribute("aria-label", options.texts.title);
  const text = doc.createElement("div");
  text.className = "or-point-text";
  const title = doc.createElement("span");
  title.className = "or-point-title";
  title.textContent = options.texts.title;
  const hint = doc.createElement("span");
  hint.className = "or-point-hint";
  hint.textContent = options.texts.hint;
  hint.id = "or-point-hint";
  const live = doc.createElement("span");
  live.className = "or-point-hint";
  live.setAttribute("aria-live", "polite");
  text.append(title, hint, live);
  const cancel = doc.createElement("button");
  cancel.type = "button";
  cancel.className = "or-point-cancel";
  cancel.textContent = options.texts.cancel;
  cancel.setAttribute("aria-describedby", "or-point-hint");
  bar.append(text, cancel);
  box.append(dim, frame, bar);
  root.append(box);
  doc.documentElement.append(host);

  let current: Element | null = null;
  let index = -1;
  let stopped = false;

  const snap = (el: Element): Element => (options.section ? (el.closest(SECTION_CONTAINERS) ?? el) : el);

  function show(el: Element | null): void {
    current = el;
    if (!el) {
      frame.hidden = true;
      dim.hidden = false;
      return;
    }
    const r = el.getBoundingClientRect();
    Object.assign(frame.style, {
      top: `${r.top - 4}px`,
      left: `${r.left - 4}px`,
      width: `${r.width + 2}px`,
      height: `${r.height + 2}px`,
    });
    frame.hidden = false;
    dim.hidden = true;
  }

  function stop(): void {
    if (stopped) return;
    stopped = true;
    for (const [type, listener] of listeners) win.removeEventListener(type, listener, true);
    win.removeEventListener("scroll", onScroll, true);
    host.remove();
  }

  function choose(el: Element): void {
    stop();
    options.onChoose(el);
  }

  function onMove(event: Event): void {
    if (!event.isTrusted || isOurs(event.target) || !(event.target instanceof Element)) return;
    const el = snap(event.target);
    if (el !== current) show(el);
  }

  /** A press on the page while pointing is ours: the page does not see it. */
  function onPress(event: Event): void {
    if (!event.isTrusted || isOurs(event.target)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    if (event.type === "click" && event.target instanceof Element) choose(snap(event.target));
  }

  function step(by: number): void {
    const list = options.candidates;
    if (!list.length) return;
    index = (index + by + list.length) % list.length;
    const el = list[index]!;
    el.scrollIntoView({ block: "center", inline: "nearest" });
    show(el);
    live.textContent = (el.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 80);
  }

  function onKey(event: Event): void {
    const key = event as KeyboardEvent;
    if (!key.isTrusted) return;
    const inBar = isOurs(key.target) && root.activeElement === cancel;
    if (key.key === "Escape") {
      stopOwn(key);
      stop();
      options.onCancel();
    } else if (key.key === "Tab" || key.key === "ArrowDown" || key.key === "ArrowRight") {
      stopOwn(key);
      step(key.key === "Tab" && key.shiftKey ? -1 : 1);
    } else if (key.key === "ArrowUp" || key.key === "ArrowLeft") {
      stopOwn(key);
      step(-1);
    } else if (key.key === "Enter" || key.key === " ") {
      stopOwn(key);
      // Enter on "Stoppen" (or with nothing chosen yet) stops; else it chooses the framed element.
      if (inBar && index < 0) {
        stop();
        options.onCancel();
      } else if (current) choose(current);
    }
  }

  const stopOwn = (event: Event) => {
    event.preventDefault();
    event.stopImmediatePropagation();
  };

  const onScroll = () => current && show(current);
  const listeners: Array<[string, (event: Event) => void]> = [
    ["pointermove", onMove],
    ["pointerdown", onPress],
    ["mousedown", onPress],
    ["pointerup", onPress],
    ["mouseup", onPress],
    ["click", onPress],
    ["dblclick", onPress],
    ["auxclick", onPress],
    ["keydown", onKey],
  ];
  for (const [type, listener] of listeners) win.addEventListener(type, listener, true);
  win.addEventListener("scroll", onScroll, { capture: true, passive: true });
  cancel.addEventListener("click", (event) => {
    if (!event.isTrusted) return;
    stop();
    options.onCancel();
  });
  cancel.focus();
  return { stop };
}
