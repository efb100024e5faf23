// What to hand in, each item a checkbox the user ticks off (kept with the draft), saying where
// the listing asks for it or that it goes with every response.
import { t, type Lang } from "../../lib/i18n/t";
import type { ChecklistItem } from "../../lib/response/checklist";
import { checklistItemText } from "../../lib/response/response-words";
import { joinWords } from "../../lib/response/words";

export function Checklist(props: {
  items: Array<ChecklistItem & { checked: boolean }>;
  labels: Map<string, string>;
  lang: Lang;
  onCheck(id: string, checked: boolean): void;
}) {
  const { lang } = props;
  return (
    <ul class="checklist">
      {props.items.map((item) => {
        const id = `check-${item.id}`;
        const where = item.asked
          ? t(
              lang,
              "response_checklist_asked",
              joinWords(
                item.from.map((r) => props.labels.get(r) ?? r),
                lang,
              ),
            )
          : t(lang, "response_checklist_usual");
        return (
          <li key={item.id}>
            <input
              type="checkbox"
              id={id}
              checked={item.checked}
              onChange={(event) => props.onCheck(item.id, event.currentTarget.checked)}
            />
            <label for={id}>
              <span class="check-name">{checklistItemText(item, lang)}</span>{" "}
              <span class="check-where" id={`${id}-where`}>
                {where}
              </span>
            </label>
          </li>
        );
      })}
    </ul>
  );
}
