// Set-aside records one per key (lib/storage/set-aside.ts), as pure functions over a snapshot.
import { describe, expect, it } from "vitest";
import {
  LEGACY_SET_ASIDE_KEY,
  SET_ASIDE_LIST_KEY,
  planSetAside,
  readSetAsideList,
  setAsideInSnapshot,
  setAsideKey,
} from "../../../lib/storage/set-aside";

const now = new Date("2025-11-05T10:00:00Z");
const apply = (snapshot: Record<string, unknown>, plan: ReturnType<typeof planSetAside>) => {
  const after = { ...snapshot, ...plan.set };
  for (const key of plan.removeAfter) delete after[key];
  return after;
};

describe("planSetAside", () => {
  it("finding 2: 300 records set aside at once each get their own key; none is dropped", () => {
    const found = Array.from({ length: 300 }, (_, i) => ({ raw: { id: i }, problem: `saved["${i}"]: status` }));
    const plan = planSetAside({}, found, now);
    expect(plan.items).toHaveLength(300);
    const after = apply({}, plan);
    expect(setAsideInSnapshot(after)).toHaveLength(300);
    expect(readSetAsideList(after[SET_ASIDE_LIST_KEY])).toHaveLength(300);
  });

  it("the same bad record found twice is kept once", () => {
    const item = { raw: "{kapot", problem: "saved[x]: not valid JSON" };
    const once = apply({}, planSetAside({}, [item], now));
    const twice = apply(once, planSetAside(once, [item], now));
    expect(setAsideInSnapshot(twice).map((s) => s.key)).toEqual([setAsideKey(item)]);
  });

  it("finding 6: moves the one-list value of earlier versions, of whatever shape, and keeps all of it", () => {
    const list = [{ raw: 1, problem: "a" }, "geen record"];
    const moved = apply({ [LEGACY_SET_ASIDE_KEY]: list }, planSetAside({ [LEGACY_SET_ASIDE_KEY]: list }, [], now));
    expect(LEGACY_SET_ASIDE_KEY in moved).toBe(false);
    expect(setAsideInSnapshot(moved).map((s) => s.raw)).toEqual(expect.arrayContaining([1, "geen record"]));
    const wrong = { [LEGACY_SET_ASIDE_KEY]: {} };
    const fromObject = apply(wrong, planSetAside(wrong, [], now));
    expect(setAsideInSnapshot(fromObject)).toMatchObject([{ raw: {}, problem: expect.stringContaining("not a list") }]);
  });
});
