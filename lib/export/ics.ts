// Deadlines of saved listings as an iCalendar file (Google Calendar, Outlook, Apple Calendar).
// The `ics` package writes CRLF, folds long lines and escapes commas and semicolons in the
// summary and description (we refold by octets, see ics-fold.ts); we give it UTC instants (never the machine's local time) and our
// own DTSTAMP (`now`), so the output depends only on the input.
import { createEvent, createEvents, type EventAttributes } from "ics";
import { addDutchDays, deadlineInstant } from "../model/dutch-time";
import type { Lang } from "../i18n/t";
import type { SavedListing } from "../model/saved";
import { isOpenForResponse } from "../schedule/open-for-response";
import { cleanText } from "./clean-text";
import { plainRate } from "./plain-text";
import { refoldByOctets } from "./ics-fold";
import { calendarUid } from "./uid";

// The closing moment has one name throughout the extension, the sites' own: "sluitingsdatum".
const labels: Record<
  Lang,
  { client: string; rate: string; untitled: string; alarm: string; closes: string; calendar: string }
> = {
  nl: {
    client: "Opdrachtgever",
    rate: "Tarief",
    untitled: "opdracht",
    alarm: "Sluitingsdatum morgen",
    closes: "Sluitingsdatum",
    calendar: "Opdrachtradar sluitingsdata",
  },
  en: {
    client: "Client",
    rate: "Rate",
    untitled: "assignment",
    alarm: "Closing date tomorrow",
    closes: "Closing date",
    calendar: "Opdrachtradar closing dates",
  },
};

const HALF_HOUR_MS = 30 * 60_000;

function dateArray(date: string): [number, number, number] {
  const [y = 0, m = 0, d = 0] = date.split("-").map(Number);
  return [y, m, d];
}

/** The ics package leaves alarm descriptions unescaped (RFC 5545 §3.3.11 wants \, and \;). */
function escapeText(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,");
}

function webUrl(url: string): string | undefined {
  return /^https?:\/\/[^\s/]+\.[^\s]*$/i.test(url) ? url : undefined;
}

function description(saved: SavedListing, lang: Lang): string {
  const { listing } = saved;
  const rate = plainRate(listing.rate, lang);
  return [
    listing.client ? `${labels[lang].client}: ${cleanText(listing.client)}` : "",
    rate ? `${labels[lang].rate}: ${cleanText(rate)}` : "",
    cleanText(listing.canonicalUrl ?? listing.url),
  ]
    .filter(Boolean)
    .join("\n");
}

/** When the event sits: an all-day event on a date-only deadline, else 30 minutes ending at it. */
function timing(deadline: string): Pick<EventAttributes, "start" | "startInputType" | "startOutputType"> & {
  end: EventAttributes["start"];
} {
  if (!deadline.includes("T")) return { start: dateArray(deadline), end: dateArray(addDutchDays(deadline, 1)) };
  const end = deadlineInstant(deadline).getTime();
  return { start: end - HALF_HOUR_MS, end, startInputType: "utc", startOutputType: "utc" };
}

function toEvent(saved: SavedListing, now: Date, lang: Lang): EventAttributes {
  const { listing } = saved;
  const deadline = listing.deadline ?? "";
  const title = cleanText(listing.title ?? listing.client ?? labels[lang].untitled);
  const allDay = !deadline.includes("T");
  const event = {
    ...timing(deadline),
    title: `${labels[lang].closes}: ${title}`,
    description: description(saved, lang),
    url: webUrl(cleanText(listing.canonicalUrl ?? listing.url)),
    uid: calendarUid(saved.id),
    timestamp: now.getTime(),
    productId: "opdrachtradar",
    // "-PT24H", not {days: 1}: the package writes that as "-P1DT", which RFC 5545 forbids.
    // All-day events start at 00:00, so 15 hours before is 09:00 the day before.
    alarms: [
      {
        action: "display" as const,
        description: escapeText(`${labels[lang].alarm}: ${title}`),
        trigger: { hours: allDay ? 15 : 24, before: true },
      },
    ],
  };
  return event;
}

export type IcsResult = { text: string; events: number; skipped: Array<{ id: string; problem: string }> };

/**
 * One event per saved listing that is still open for a response (see schedule/open-for-response.ts) and
 * whose deadline lies after `now`. A listing the ics package rejects is skipped and reported.
 */
export function deadlinesToIcs(saved: readonly SavedListing[], now: Date, lang: Lang = "nl"): IcsResult {
  const header = { productId: "opdrachtradar", calName: labels[lang].calendar };
  const open = saved.filter((record) => isOpenForResponse(record, now));
  let events = open.map((record) => toEvent(record, now, lang));
  let result = createEvents(events, header);
  const skipped: IcsResult["skipped"] = [];
  if (result.error) {
    // Validation is slow (1,000 events ≈ 1 s), so events are checked one by one only on failure.
    const kept = open.filter((record, i) => {
      const error = createEvent(events[i] as EventAttributes).error;
      if (error) skipped.push({ id: record.id, problem: error.message });
      return !error;
    });
    events = kept.map((record) => toEvent(record, now, lang));
    result = createEvents(events, header);
  }
  return { text: refoldByOctets(result.value ?? ""), events: events.length, skipped };
}
