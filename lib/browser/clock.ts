// The extension's clock. Production reads the real time. The browser-test build (`--mode e2e`)
// may shift it by an offset held in storage, so saved pages from 2025 can be viewed "then"
// and a reminder can be brought due; in a production build the branch is compiled away.
import { browser } from "wxt/browser";

export const testClockEnabled = import.meta.env.MODE === "e2e";
const OFFSET_KEY = "e2eClockOffsetMs";

export async function currentTime(): Promise<Date> {
  if (!testClockEnabled) return new Date();
  const stored = await browser.storage.local.get(OFFSET_KEY);
  const offset = stored[OFFSET_KEY];
  return new Date(Date.now() + (typeof offset === "number" ? offset : 0));
}
