// A clock time written right after a date: "28-11-2025 12:00 uur", "14 november om 12.00 uur",
// "12 Nov 2025 17:00", "Nov 12, 2025 at 5 pm". Only on the same line, and a bare number only after
// "om"/"at" (else "1 januari 2026 8 uur per week" would read as 08:00).
const GAP = String.raw`[^\S\n]*`;
const CLOCK = new RegExp(
  `^${GAP}(?:,|om|at|vanaf|van|-|–)?${GAP}(\\d{1,2})[:.](\\d{2})(?!\\d)(?:${GAP}uur\\b)?` +
    `|^${GAP},?${GAP}(?:om|at)${GAP}(\\d{1,2})${GAP}(?:uur\\b|u\\b|h\\b)` +
    `|^${GAP},?${GAP}(?:at${GAP})?(\\d{1,2})(?::(\\d{2}))?${GAP}([ap])\\.?m\\b\\.?`,
  "i",
);

function hhmm(hour: number, minute: number): string | null {
  if (hour > 23 || minute > 59) return null;
  return `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
}

/** The time at the start of `after`, and how many characters it takes. */
export function clockAfter(after: string): { time: string; length: number } | null {
  const m = CLOCK.exec(after);
  if (!m) return null;
  const [all, h1, m1, h2, h3, m3, meridiem] = m;
  let time: string | null = null;
  if (h1 !== undefined) time = hhmm(Number(h1), Number(m1));
  else if (h2 !== undefined) time = hhmm(Number(h2), 0);
  else if (h3 !== undefined && Number(h3) >= 1 && Number(h3) <= 12) {
    const pm = meridiem?.toLowerCase() === "p";
    time = hhmm((Number(h3) % 12) + (pm ? 12 : 0), Number(m3 ?? 0));
  }
  return time === null ? null : { time, length: all.trimEnd().length };
}
