// A calendar day typed as dd-mm-jjjj (how Dutch users write dates) or as ISO yyyy-mm-dd. A text
// field rather than type=date: Chrome's date field reports a half-typed date as empty, so the
// user would get no message and the date would silently disappear.

/** The ISO day, `null` for an empty field, or "invalid" (also for 31-02-2026). */
export function parseDayInput(text: string): string | null | "invalid" {
  const value = text.trim();
  if (value === "") return null;
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(value);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const parts = dutch ? [dutch[3], dutch[2], dutch[1]] : iso ? [iso[1], iso[2], iso[3]] : null;
  if (!parts) return "invalid";
  const [year, month, day] = parts.map(Number) as [number, number, number];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day)
    return "invalid";
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** "2025-11-15" → "15-11-2025"; anything else is shown as it is. */
export function formatDayInput(iso: string | null): string {
  if (!iso) return "";
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3]}-${match[2]}-${match[1]}` : iso;
}
