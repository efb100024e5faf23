// The reader's side of "Wijs aan op de pagina" (issue 17): from a field the user chose in the
// panel, through the pointing mode (pointing.ts), to the value the worker reads from the chosen
// element with that rule in place, and on "Opslaan" the rule to the worker, which stores it for
// this site. Nothing is stored before the user saves.
import { anchorOf } from "../../lib/rules/anchor";
import type { ReaderRule } from "../../lib/rules/apply";
import type { RuleAnchor } from "../../lib/model/site-rule";
import type { RuleField } from "../../lib/model/site-rule-fields";
import { t, type Lang } from "../../lib/i18n/t";
import { fieldValue, type TeachView } from "../../components/TeachSection";
import type { PageState } from "./page-state";
import { startPointing, type Pointing } from "./pointing";
import { send } from "./actions";

export interface TeachingDeps {
  lang(): Lang;
  /** The rules of this site in use now. */
  rules(): readonly ReaderRule[];
  /** The page read again with these rules, as the worker sees it (nothing stored). */
  preview(rules: ReaderRule[]): Promise<PageState>;
  /** What the keyboard goes through while pointing. */
  candidates(section: boolean): Element[];
  /** The panel drawn again, with the focus on this control afterwards. */
  redraw(focus: string | null): void;
}

export interface Teaching {
  view(): TeachView;
  start(field: RuleField): void;
  save(): void;
  cancel(): void;
  stop(): void;
}

const isSection = (field: RuleField) => field === "must" || field === "nice";

export function createTeaching(deps: TeachingDeps): Teaching {
  let view: TeachView = { phase: "idle" };
  let pointing: Pointing | null = null;
  let chosen: { field: RuleField; anchor: RuleAnchor; sample: string } | null = null;
  /** Bumped on every start and cancel: a preview that comes back late for an older choice is dropped. */
  let round = 0;

  const set = (next: TeachView, focus: string | null) => {
    view = next;
    deps.redraw(focus);
  };

  async function chose(field: RuleField, element: Element, mine: number): Promise<void> {
    const anchor = anchorOf(element);
    if (!anchor) return set({ phase: "no-label", field }, ".or-teach-again");
    const rules = [...deps.rules().filter((r) => r.field !== field), { field, anchor }];
    const state = await deps.preview(rules);
    if (mine !== round) return;
    const missed = state.ruleMisses?.includes(field) ?? true;
    const value = missed ? null : fieldValue(state.listing, field, deps.lang());
    chosen = value === null ? null : { field, anchor, sample: value.slice(0, 200) };
    set({ phase: "preview", field, value }, value === null ? ".or-teach-again" : ".or-teach-save");
  }

  function start(field: RuleField): void {
    pointing?.stop();
    chosen = null;
    const mine = ++round;
    const lang = deps.lang();
    const name = t(lang, `teach_field_${field}`);
    set({ phase: "pointing", field }, null);
    pointing = startPointing(document, {
      texts: {
        title: t(lang, "teach_point_title", name),
        hint: t(lang, "teach_point_hint"),
        cancel: t(lang, "teach_stop"),
      },
      section: isSection(field),
      candidates: deps.candidates(isSection(field)),
      onChoose: (element) => {
        pointing = null;
        chose(field, element, mine).catch((error: unknown) => {
          console.warn("[opdrachtradar]", error);
          set({ phase: "preview", field, value: null }, ".or-teach-again");
        });
      },
      onCancel: () => {
        pointing = null;
        cancel();
      },
    });
  }

  function cancel(): void {
    round++;
    pointing?.stop();
    pointing = null;
    chosen = null;
    set({ phase: "idle" }, ".or-teach-offer summary");
  }

  function save(): void {
    if (!chosen) return;
    send({ type: "save-site-rule", ...chosen });
    chosen = null;
    round++;
    // The stored rule comes back as a storage change: the page is read again with it.
    set({ phase: "idle" }, ".or-toggle");
  }

  return {
    view: () => view,
    start,
    save,
    cancel,
    stop() {
      round++;
      pointing?.stop();
      pointing = null;
    },
  };
}
