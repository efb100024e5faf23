// The user's settings: reminders, badge, panel, language and the sites where the panel is off.
import { z } from "zod";
import { panelCorners } from "./panel-corners";

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

export { panelCorners, type PanelCorner } from "./panel-corners";

/** How the panel stands on one site: open or compact (the start), and in which corner. */
export const panelPlaceSchema = z.object({
  open: z.boolean().default(false),
  corner: z.enum(panelCorners).default("bottom-right"),
});
export type PanelPlace = z.infer<typeof panelPlaceSchema>;

/** A host as a URL gives it (lower case, punycode): no "__proto__", no path. */
const HOST = /^[a-z0-9.-]{1,253}$/;
/** The panel places kept; the oldest go first (a site is moved to the end when it changes). */
export const MAX_PANEL_SITES = 500;

/**
 * The panel's place per host. Read leniently: an entry that is no host or no place is dropped
 * on its own (a hand edit), so one bad entry costs the others nothing.
 */
const panelSitesSchema = z.preprocess(
  (raw) => {
    if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return raw;
    const out: Record<string, PanelPlace> = {};
    for (const [host, place] of Object.entries(raw).slice(-MAX_PANEL_SITES)) {
      const parsed = panelPlaceSchema.safeParse(place);
      if (HOST.test(host) && parsed.success) out[host] = parsed.data;
    }
    return out;
  },
  z.record(z.string().regex(HOST), panelPlaceSchema),
);

export const settingsSchema = z.object({
  /** The badge counts listings that close within this many days. */
  badgeWindowDays: z.number().int().min(1).max(60).default(3),
  leadTimes: z.array(leadTimeSchema).max(10).default(defaultLeadTimes),
  notifications: z.boolean().default(true),
  /** Hosts where the in-page panel is switched off ("www.striive.com"). */
  disabledSites: z.array(z.string()).default(() => []),
  /** The panel per host ("www.kbenp.nl"): open or compact, and its corner. A host not here: compact, bottom right. */
  panelSites: panelSitesSchema.default(() => ({})),
  lang: z.enum(["auto", "nl", "en"]).default("auto"),
});
export type Settings = z.infer<typeof settingsSchema>;

/** A fresh copy of the defaults (safe to change). */
export function defaultSettings(): Settings {
  return settingsSchema.parse({});
}

/**
 * Stored settings of an earlier version in this version's shape, before they are read field by
 * field. Up to 0.1 one global `panelCollapsed` (default false) said whether the panel was folded
 * on every site; the panel now starts compact everywhere and is opened per site, so `true` (the
 * user's only choice there was) is what every site now starts as, and `false` was the old
 * default, not a choice: the field goes without a trace and without a problem reported.
 */
export function migrateSettings(stored: Record<string, unknown>): Record<string, unknown> {
  if (!("panelCollapsed" in stored)) return stored;
  const { panelCollapsed: _folded, ...rest } = stored;
  return rest;
}

/** The panel's place on `host`. */
export function panelPlaceOn(settings: Settings, host: string): PanelPlace {
  return Object.hasOwn(settings.panelSites, host) ? settings.panelSites[host]! : panelPlaceSchema.parse({});
}

/** The settings with the panel's place on `host` changed; that host moves to the end, the oldest beyond the cap go. */
export function withPanelPlace(settings: Settings, host: string, change: Partial<PanelPlace>): Settings {
  if (!HOST.test(host)) return settings;
  const next = { ...panelPlaceOn(settings, host), ...change };
  const others = Object.entries(settings.panelSites).filter(([h]) => h !== host);
  const kept = others.slice(Math.max(0, others.length - (MAX_PANEL_SITES - 1)));
  return { ...settings, panelSites: Object.fromEntries([...kept, [host, next]]) };
}
