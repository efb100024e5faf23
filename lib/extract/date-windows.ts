// Chrono runs some forty patterns over every character it is given, so a page full of numbers
// (tables, phone lists) costs a second per 100 KB. We hand it only the stretches around something
// that can start or end a date: a month name or a numeric day-month-year.
const ANCHOR =
  /\b(?:jan|feb|maa|mrt|mar|apr|mei|may|jun|jul|aug|sep|okt|oct|nov|dec)[a-z]*\b|\d{1,4}[-./]\d{1,2}[-./]\d{2,4}|\b\d{1,2}\/\d{1,2}\b/gi;
const BEFORE = 40; // "vrijdag 31ste " before a month name
const AFTER = 60; // ", 2025 om 12:00 uur" after it
const SNAP = 20;

/** Widen a cut to the nearest whitespace so no word or number is split. */
function snap(text: string, at: number, step: -1 | 1): number {
  for (let i = 0, p = at; i < SNAP && p > 0 && p < text.length; i++, p += step) {
    if (/\s/.test(text[p] ?? "")) return p;
  }
  return Math.max(0, Math.min(text.length, at));
}

/** [start, end) stretches of the text worth reading for dates, merged where they touch. */
export function dateWindows(text: string): [number, number][] {
  const windows: [number, number][] = [];
  for (const m of text.matchAll(ANCHOR)) {
    const start = snap(text, m.index - BEFORE, -1);
    const end = snap(text, m.index + m[0].length + AFTER, 1);
    const last = windows[windows.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else windows.push([start, end]);
  }
  return windows;
}
