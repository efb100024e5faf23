// The user's settings: reminders, badge, panel, language and the sites where the panel is off.
import { z } from "zod";

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
