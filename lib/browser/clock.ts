// The extension's clock. Production reads the real time. The browser-test build (`--mode e2e`)
// may shift it by an offset held in storage, so saved pages from 2025 can be viewed "then"
// and a reminder can be brought due; a production build ignores the offset entirely.
import { storage } from "wxt/utils/storage";

const testClockItem = storage.defineItem<number>("local:e2eClockOffsetMs", { fallback: 0 });
export const testClockEnabled = import.meta.env.MODE === "e2e";

export async function currentTime(): Promise<Date> {
  if (!testClockEnabled) return new Date();
  return new Date(Date.now() + (await testClockItem.getValue()));
}
