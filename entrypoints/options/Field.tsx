// A labelled text input whose hint and error are tied to it (aria-describedby, aria-invalid).
import type { JSX } from "preact";
import { fieldId, type FieldErrors } from "../../lib/forms/field-error";
import { useT } from "./lang";

export type TextFieldProps = {
  path: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  errors: FieldErrors;
  hint?: string;
  inputMode?: "text" | "numeric" | "decimal";
  placeholder?: string;
  class?: string;
};

export function describedBy(id: string, hasHint: boolean, hasError: boolean): string | undefined {
  const ids = [hasHint ? `${id}-hint` : "", hasError ? `${id}-error` : ""].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

export function FieldMessages({
  id,
  hint,
  errors,
  path,
}: {
  id: string;
  hint?: string;
  errors: FieldErrors;
  path: string;
}) {
  const tr = useT();
  const error = errors[path];
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} class="field-error">
          {tr(error.key, ...error.subs)}
        </p>
      )}
    </>
  );
}

export function TextField(props: TextFieldProps) {
  const id = fieldId(props.path);
  const invalid = props.path in props.errors;
  const onInput = (event: JSX.TargetedEvent<HTMLInputElement>) => props.onInput(event.currentTarget.value);
  return (
    <div class={`field ${props.class ?? ""}`}>
      <label for={id}>{props.label}</label>
      <input
        id={id}
        type="text"
        value={props.value}
        onInput={onInput}
        inputMode={props.inputMode}
        placeholder={props.placeholder}
        aria-invalid={invalid ? "true" : undefined}
        aria-describedby={describedBy(id, Boolean(props.hint), invalid)}
      />
      <FieldMessages id={id} hint={props.hint} errors={props.errors} path={props.path} />
    </div>
  );
}
