// Names for the files the options page downloads, dated by the UTC day of `now` like the
// backup ("opdrachtradar-backup-2025-11-01.json", lib/storage/backup.ts).

export type ExportKind = "profile" | "csv" | "ics" | "setAside";

const names: Record<ExportKind, (day: string) => string> = {
  profile: (day) => `opdrachtradar-profiel-${day}.json`,
  csv: (day) => `opdrachtradar-opdrachten-${day}.csv`,
  ics: (day) => `opdrachtradar-deadlines-${day}.ics`,
  setAside: (day) => `opdrachtradar-apart-gezet-${day}.json`,
};

export function exportFileName(kind: ExportKind, now: Date): string {
  return names[kind](now.toISOString().slice(0, 10));
}
