import { afterEach, describe, expect, it } from "vitest";
import { deadlinesToIcs } from "../../../lib/export/ics";
import { makeSaved, seedListing } from "../storage/make-saved";
import { newSavedListing } from "../../../lib/model/saved";

const now = new Date("2025-11-01T09:00:00Z");

/** Content lines after unfolding (RFC 5545 §3.1). */
function contentLines(ics: string): string[] {
  return ics
    .replace(/\r\n[\t ]/g, "")
    .split("\r\n")
    .filter(Boolean);
}

function events(ics: string): string[][] {
  const out: string[][] = [];
  let current: string[] | null = null;
  for (const line of contentLines(ics)) {
    if (line === "BEGIN:VEVENT") current = [];
    else if (line === "END:VEVENT" && current) {
      out.push(current);
      current = null;
    } else current?.push(line);
  }
  return out;
}

function prop(event: string[] | undefined, name: string): string | undefined {
  return event?.find((line) => line.startsWith(`${name}:`) || line.startsWith(`${name};`));
}

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe("deadlinesToIcs", () => {
  it("makes an all-day event for a date-only deadline, with description, URL and one alarm", () => {
    const saved = newSavedListing(seedListing("seed-kbenp-utrecht", "KB&P"), now);
    const result = deadlinesToIcs([saved], now);
    expect(result.events).toBe(1);
    const [event] = events(result.text);
    expect(prop(event, "SUMMARY")).toBe(`SUMMARY:Sluitingsdatum: ${saved.listing.title}`);
    expect(prop(event, "DTSTART")).toBe("DTSTART;VALUE=DATE:20251112");
    expect(prop(event, "DTEND")).toBe("DTEND;VALUE=DATE:20251113");
    expect(prop(event, "DESCRIPTION")).toContain("Gemeente Utrecht");
    expect(prop(event, "DESCRIPTION")).toContain("max € 200 per uur");
    expect(prop(event, "DESCRIPTION")).toContain(saved.listing.url);
    expect(prop(event, "URL")).toBe(`URL:${saved.listing.url}`);
    expect(prop(event, "DTSTAMP")).toBe("DTSTAMP:20251101T090000Z");
    expect(event?.filter((l) => l === "BEGIN:VALARM")).toHaveLength(1);
    expect(prop(event, "TRIGGER")).toBe("TRIGGER:-PT15H");
  });

  it("names the closing moment as the rest of the extension does, in the user's language", () => {
    const saved = newSavedListing(seedListing("seed-kbenp-utrecht", "KB&P"), now);
    const en = deadlinesToIcs([saved], now, "en").text;
    expect(prop(events(en)[0], "SUMMARY")).toBe(`SUMMARY:Closing date: ${saved.listing.title}`);
    expect(en).toContain("X-WR-CALNAME:Opdrachtradar closing dates");
    expect(deadlinesToIcs([saved], now, "nl").text).toContain("X-WR-CALNAME:Opdrachtradar sluitingsdata");
    expect(en + deadlinesToIcs([saved], now, "nl").text).not.toMatch(/deadline/i);
  });

  it("ends a timed deadline's 30-minute event at that Dutch time, in UTC (winter and summer)", () => {
    const winter = makeSaved({ url: "https://a.nl/w", deadline: "2025-11-20T12:00" });
    const summer = makeSaved({ url: "https://a.nl/s", deadline: "2026-06-19T17:00" });
    const [w, s] = events(deadlinesToIcs([winter, summer], now).text);
    expect([prop(w, "DTSTART"), prop(w, "DTEND")]).toEqual(["DTSTART:20251120T103000Z", "DTEND:20251120T110000Z"]);
    expect([prop(s, "DTSTART"), prop(s, "DTEND")]).toEqual(["DTSTART:20260619T143000Z", "DTEND:20260619T150000Z"]);
    expect(prop(w, "TRIGGER")).toBe("TRIGGER:-PT24H");
  });

  it("writes CRLF line ends, folds long lines within 75 octets and escapes commas and semicolons", () => {
    const title = "Adviseur inkoop, contractbeheer; aanbesteding – één van de “zware” rollen € ".repeat(3);
    const saved = makeSaved({ url: "https://a.nl/1", title, client: "Zorg, Welzijn; Jeugd" });
    const { text } = deadlinesToIcs([saved], now);
    expect(text.endsWith("\r\n")).toBe(true);
    expect(/[^\r]\n/.test(text)).toBe(false);
    const physical = text.split("\r\n");
    for (const line of physical) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(physical.some((line) => line.startsWith("\t"))).toBe(true);
    const [event] = events(text);
    const escaped = title.replace(/,/g, "\\,").replace(/;/g, "\\;");
    expect(prop(event, "SUMMARY")).toBe(`SUMMARY:Sluitingsdatum: ${escaped}`);
    expect(prop(event, "DESCRIPTION")).toContain("Zorg\\, Welzijn\\; Jeugd");
    const alarm = event?.find((l) => l.startsWith("DESCRIPTION:Sluitingsdatum"));
    expect(alarm).toContain("\\, contractbeheer\\;");
  });

  it("gives each listing a stable UID of its own", () => {
    const a = makeSaved({ url: "https://a.nl/1" });
    const b = makeSaved({ url: "https://a.nl/2" });
    const uid = (text: string) => events(text).map((e) => prop(e, "UID"));
    const first = uid(deadlinesToIcs([a, b], now).text);
    const later = uid(deadlinesToIcs([b, { ...a, note: "gewijzigd" }], new Date("2025-11-05T09:00:00Z")).text);
    expect(new Set(first).size).toBe(2);
    expect(later.sort()).toEqual([...first].sort());
  });

  it("exports only listings still open for a response with a deadline to come", () => {
    const open = makeSaved({ url: "https://a.nl/open" });
    const result = deadlinesToIcs(
      [
        open,
        makeSaved({ url: "https://a.nl/applied" }, { status: "gereageerd" }),
        makeSaved({ url: "https://a.nl/closed", status: "closed" }),
        makeSaved({ url: "https://a.nl/none", deadline: null }),
        makeSaved({ url: "https://a.nl/past", deadline: "2025-10-31" }),
      ],
      now,
    );
    expect(result.events).toBe(1);
    expect(events(result.text).map((e) => prop(e, "URL"))).toEqual(["URL:https://a.nl/open"]);
  });

  it("skips and reports a listing the calendar library rejects, keeping the others", () => {
    const good = makeSaved({ url: "https://a.nl/good" });
    const impossible = makeSaved({ url: "https://a.nl/bad", deadline: "2099-13-45" }); // passes the YYYY-MM-DD regex
    const result = deadlinesToIcs([good, impossible], now);
    expect(result.events).toBe(1);
    expect(result.skipped.map((s) => s.id)).toEqual([impossible.id]);
    expect(events(result.text).map((e) => prop(e, "URL"))).toEqual(["URL:https://a.nl/good"]);
  });

  it("leaves out a URL field for an address calendars would not open", () => {
    const saved = makeSaved({ url: "file:///tmp/opdracht.html" });
    const [event] = events(deadlinesToIcs([saved], now).text);
    expect(prop(event, "URL")).toBeUndefined();
    expect(prop(event, "SUMMARY")).toBeDefined();
  });

  it("writes the same file whatever the machine's time zone", () => {
    const saved = [
      makeSaved({ url: "https://a.nl/1", deadline: "2026-03-29T12:00" }),
      makeSaved({ url: "https://a.nl/2" }),
    ];
    process.env.TZ = "America/Los_Angeles";
    const la = deadlinesToIcs(saved, now).text;
    const laOffset = new Date(2026, 0, 1).getTimezoneOffset();
    process.env.TZ = "Asia/Tokyo";
    expect(new Date(2026, 0, 1).getTimezoneOffset()).not.toBe(laOffset);
    expect(deadlinesToIcs(saved, now).text).toBe(la);
  });
});

describe("control characters (#13)", () => {
  it("small: a bare carriage return in a title does not reach the ICS file", () => {
    const saved = makeSaved({
      title: "Adviseur\rDTSTART:19700101",
      client: "Gemeente\u0007 Ede\u0000",
      deadline: "2025-11-12",
    });
    const { text } = deadlinesToIcs([saved], now);
    // Every CR in the file is the CR of a CRLF line end.
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/);
    const lines = contentLines(text);
    expect(lines.filter((l) => l.startsWith("DTSTART"))).toHaveLength(1);
    expect(prop(events(text)[0], "SUMMARY")).toBe("SUMMARY:Sluitingsdatum: Adviseur DTSTART:19700101");
  });
});
