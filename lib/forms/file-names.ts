// Names for the files the options page downloads, dated by the UTC day of `now` like the
// backup ("opdrachtradar-backup-2025-11-01.json", lib/storage/backup.ts).

/** The files the extension writes besides the backup (whose name lib/storage/backup.ts gives). */
export type DownloadedFile = "profile" | "csv" | "ics" | "setAside";

const names: Record<DownloadedFile, (day: string) => string> = {
  profile: (day) => `opdrachtradar-profiel-${day}.json`,
  csv: (day) => `opdrachtradar-opdrachten-${day}.csv`,
  ics: (day) => `opdrachtradar-deadlines-${day}.ics`,
  setAside: (day) => `opdrachtradar-apart-gezet-${day}.json`,
};

export function exportFileName(kind: DownloadedFile, now: Date): string {
  return names[kind](now.toISOString().slice(0, 10));
}
