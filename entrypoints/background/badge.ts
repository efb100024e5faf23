import { browser } from "wxt/browser";
import type { Badge } from "../../lib/schedule/badge";

const colours: Record<Badge["color"], string> = { urgent: "#c5221f", soon: "#b26a00", none: "#1f4e8c" };

export async function showBadge(badge: Badge): Promise<void> {
  await browser.action.setBadgeText({ text: badge.text });
  await browser.action.setBadgeBackgroundColor({ color: colours[badge.color] });
  await browser.action.setTitle({ title: badge.tooltip });
}
