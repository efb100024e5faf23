// A list of short texts (skills, regions, sectors): Enter or a comma adds what was typed, each
// tag has its own × button, and text still in the field is kept when the field loses focus.
import type { JSX } from "preact";
import { useRef, useState } from "preact/hooks";
import { fieldId } from "../../lib/forms/field-error";
import { addTags, removeTag } from "../../lib/forms/tags";
import { useT } from "./lang";

type Props = {
  path: string;
  label: string;
  tags: readonly string[];
  onChange: (tags: string[]) => void;
  placeholder?: string;
  /** The id of a hint shown once above repeated rows (sectors per role), instead of one per field. */
  sharedHintId?: string;
};

export function TagInput({ path, label, tags, onChange, placeholder, sharedHintId }: Props) {
  const tr = useT();
  const [text, setText] = useState("");
  const input = useRef<HTMLInputElement>(null);
  const id = fieldId(path);

  const commit = (value: string) => {
    if (value.trim()) onChange(addTags(tags, value));
    setText("");
  };
  const onInput = (event: JSX.TargetedEvent<HTMLInputElement>) => {
    const value = event.currentTarget.value;
    // A comma (typed or pasted) closes the tags before it; the rest stays in the field.
    const cut = value.lastIndexOf(",");
    if (cut < 0) return setText(value);
    onChange(addTags(tags, value.slice(0, cut)));
    setText(value.slice(cut + 1).trimStart());
  };
  const onKeyDown = (event: JSX.TargetedKeyboardEvent<HTMLInputElement>) => {
    if (event.key !== "Enter") return;
    event.preventDefault();
    commit(text);
  };
  const remove = (index: number) => {
    onChange(removeTag(tags, index));
    input.current?.focus();
  };

  return (
    <div class="field">
      <label for={id}>{label}</label>
      <div class="tag-box" onClick={(e) => e.target === e.currentTarget && input.current?.focus()}>
        {tags.length > 0 && (
          <ul class="tags" aria-label={label}>
            {tags.map((tag, i) => (
              <li key={tag} class="tag">
                <span>{tag}</span>
                <button
                  type="button"
                  class="tag-remove"
                  aria-label={tr("options_tag_remove", tag)}
                  onClick={() => remove(i)}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        <input
          id={id}
          ref={input}
          type="text"
          value={text}
          placeholder={placeholder}
          onInput={onInput}
          onKeyDown={onKeyDown}
          onBlur={() => commit(text)}
          aria-describedby={sharedHintId ?? `${id}-hint`}
        />
      </div>
      {!sharedHintId && (
        <p id={`${id}-hint`} class="hint">
          {tr("options_tags_hint")}
        </p>
      )}
    </div>
  );
}
