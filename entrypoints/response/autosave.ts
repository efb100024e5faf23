// Typing is saved by itself: a short pause after the last key (debounced), on leaving the field,
// and when the page is hidden or closed. Each save writes through the one writer; the page says
// "Opslaan…" while one is due and "Alles bewaard" once every one has landed.
import { useEffect, useRef, useState } from "preact/hooks";

export const AUTOSAVE_MS = 600;

export type SaveState = { kind: "idle" | "saving" | "saved" } | { kind: "failed"; message: string };

export interface Autosave {
  state: SaveState;
  /** Schedules `save` under `id`; a newer one for the same id replaces it. */
  schedule(id: string, save: () => Promise<unknown>): void;
  /** Runs what is due for `id` (or everything) now. */
  flush(id?: string): void;
}

export function useAutosave(): Autosave {
  const [state, setState] = useState<SaveState>({ kind: "idle" });
  const due = useRef(new Map<string, { timer: ReturnType<typeof setTimeout>; save: () => Promise<unknown> }>());
  const running = useRef(0);

  const run = (id: string) => {
    const item = due.current.get(id);
    if (!item) return;
    clearTimeout(item.timer);
    due.current.delete(id);
    running.current += 1;
    item.save().then(
      () => {
        running.current -= 1;
        if (running.current === 0 && due.current.size === 0) setState({ kind: "saved" });
      },
      (error: unknown) => {
        running.current -= 1;
        setState({ kind: "failed", message: error instanceof Error ? error.message : String(error) });
      },
    );
  };

  const flush = (id?: string) => {
    for (const key of id === undefined ? [...due.current.keys()] : [id]) run(key);
  };

  useEffect(() => {
    const onHide = () => flush();
    window.addEventListener("pagehide", onHide);
    document.addEventListener("visibilitychange", onHide);
    return () => {
      window.removeEventListener("pagehide", onHide);
      document.removeEventListener("visibilitychange", onHide);
    };
  }, []);

  return {
    state,
    flush,
    schedule(id, save) {
      const old = due.current.get(id);
      if (old) clearTimeout(old.timer);
      due.current.set(id, { timer: setTimeout(() => run(id), AUTOSAVE_MS), save });
      setState({ kind: "saving" });
    },
  };
}
