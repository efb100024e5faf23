// The shapes kept in extension storage: saved listings and settings. The same schemas guard
// reading from storage (repair.ts), import (backup.ts) and the stored versions (migrations.ts).
import { z } from "zod";
import { listingSchema, type Listing } from "../extract/schema";
import { listingKey } from "./listing-key";

export { listingKey };

const isoInstant = z.iso.datetime({ offset: true });

/** Where the user stands with a saved listing. */
export const savedStatus = z.enum(["bewaard", "reageren", "gereageerd", "afgewezen", "gegund"]);
export type SavedStatus = z.infer<typeof savedStatus>;

/** Statuses in which the user still has to act before the deadline. */
export const actionableStatuses: readonly SavedStatus[] = ["bewaard", "reageren"];

export const savedListingSchema = z.object({
  /** `listingKey(listing)`: the normalised canonical URL or URL. */
  id: z.string().min(1),
  listing: listingSchema,
  savedAt: isoInstant,
  status: savedStatus.default("bewaard"),
  note: z.string().default(""),
  /** The user's own verdict per requirement id, overriding the matcher's. */
  overrides: z.record(z.string(), z.enum(["met", "unmet"])).default(() => ({})),
  /** The last time the page was seen (saved, or opened again). */
  lastSeenAt: isoInstant,
});
export type SavedListing = z.infer<typeof savedListingSchema>;
/** Saved listings as kept in storage (v2): keyed by id. */
export type SavedListings = Record<string, SavedListing>;

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "HH:MM");

export const leadTimeSchema = z.discriminatedUnion("kind", [
  /** N × 24 hours before the deadline. */
  z.object({ kind: z.literal("before"), days: z.number().int().min(1).max(60) }),
  /** At this Dutch wall-clock time on the deadline day. */
  z.object({ kind: z.literal("dayOf"), time: hhmm }),
]);
export type LeadTime = z.infer<typeof leadTimeSchema>;

/** A stable id for a lead time, part of a reminder's key ("before-3d", "dayOf-09:00"). */
export function leadTimeId(lead: LeadTime): string {
  return lead.kind === "before" ? `before-${lead.days}d` : `dayOf-${lead.time}`;
}

function defaultLeadTimes(): LeadTime[] {
  return [
    { kind: "before", days: 3 },
    { kind: "before", days: 1 },
    { kind: "dayOf", time: "09:00" },
  ];
}

export const settingsSchema = z.object({
  /** The badge counts listings that close within this many days. */
  badgeWindowDays: z.number().int().min(1).max(60).default(3),
  leadTimes: z.array(leadTimeSchema).max(10).default(defaultLeadTimes),
  notifications: z.boolean().default(true),
  /** Hosts where the in-page panel is switched off ("www.striive.com"). */
  disabledSites: z.array(z.string()).default(() => []),
  panelCollapsed: z.boolean().default(false),
  lang: z.enum(["auto", "nl", "en"]).default("auto"),
});
export type Settings = z.infer<typeof settingsSchema>;

/** A fresh copy of the defaults (safe to change). */
export function defaultSettings(): Settings {
  return settingsSchema.parse({});
}

/** A new saved record for a listing the user saves now. */
export function newSavedListing(listing: Listing, now: Date): SavedListing {
  const at = now.toISOString();
  return { id: listingKey(listing), listing, savedAt: at, status: "bewaard", note: "", overrides: {}, lastSeenAt: at };
}

/** The saved record after the page was read again: fresh extraction, the user's own fields kept. */
export function refreshSavedListing(saved: SavedListing, listing: Listing, now: Date): SavedListing {
  return { ...saved, listing, lastSeenAt: now.toISOString() };
}
