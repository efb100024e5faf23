// Text from a page on its way into an export file: control characters out. A bare carriage
// return in a title reached the ICS file as a line break of its own, which calendar readers take
// for the start of a new property (#13); in a CSV cell it splits the row in some spreadsheets.

// C0 controls but tab and line feed (handled below), DEL and the C1 controls.
// eslint-disable-next-line no-control-regex
const controls = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * The text with control characters removed. Line breaks (CRLF, CR, LF, the Unicode line and
 * paragraph separators) become "\n" for a `cell` (CSV quotes it; tabs stay too, the formula
 * guard sees them), else a space, as do tabs (a calendar's one-line fields).
 */
export function cleanText(text: string, kind: "line" | "cell" = "line"): string {
  const lines = text.replace(/\r\n?|[\u2028\u2029]/g, "\n").replace(controls, "");
  return kind === "cell" ? lines : lines.replace(/[\n\t]+/g, " ");
}
