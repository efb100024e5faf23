// A validation message for one form field: a message key (options_err_*) and its $1..$9 values,
// so the page can show it in the user's language. Fields are named by dotted path
// ("roles.0.years", "hoursPerWeek.max", "leadTimes.2"), the same path the page uses for ids.
export type FieldError = { key: string; subs: Array<string | number> };
export type FieldErrors = Record<string, FieldError>;

export function fieldError(key: string, ...subs: Array<string | number>): FieldError {
  return { key, subs };
}

/** The result of turning a form into the stored shape: the value, or every field's problem. */
export type FormResult<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

/** The dotted path as an element id: "roles.0.years" → "field-roles-0-years". */
export function fieldId(path: string): string {
  return `field-${path.replace(/[^A-Za-z0-9]+/g, "-")}`;
}

/** The first field in form order, for moving the focus there after a failed save. */
export function firstErrorPath(errors: FieldErrors, order: readonly string[]): string | undefined {
  return order.find((path) => path in errors) ?? Object.keys(errors)[0];
}
