// The first stage's watch over a page that keeps changing (a LinkedIn-like feed): the page is
// looked at again once changes settle, never more often than the spacing allows, and changes
// outside the listing's region, or our own marks, do not count.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { watchPage } from "../../entrypoints/listing/page-watch";
import type { StageContext } from "../../entrypoints/listing/stage-context";

function fakeContext(): StageContext & { invalidate(): void } {
  const callbacks: Array<() => void> = [];
  let valid = true;
  return {
    get isValid() {
      return valid;
    },
    onInvalidated: (cb: () => void) => void callbacks.push(cb),
    invalidate() {
      valid = false;
      for (const cb of callbacks) cb();
    },
  } as unknown as StageContext & { invalidate(): void };
}

/** Lets the MutationObserver deliver its records (a microtask), then moves the clock. */
async function advance(ms: number): Promise<void> {
  await Promise.resolve();
  await vi.advanceTimersByTimeAsync(ms);
}

describe("watching a page that keeps changing", () => {
  let feed: HTMLElement;
  let listing: HTMLElement;
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "setInterval", "performance"] });
    document.body.innerHTML = "<main><h1>Adviseur</h1><ul><li>eis</li></ul></main><aside><ol></ol></aside>";
    listing = document.querySelector("main")!;
    feed = document.querySelector("aside ol")!;
  });
  afterEach(() => vi.useRealTimers());

  /** A feed item every 20 ms (3,000 changes a minute) for `ms`. */
  async function storm(ms: number): Promise<void> {
    for (let t = 0; t < ms; t += 20) {
      feed.append(document.createElement("li"));
      if (feed.children.length > 20) feed.firstElementChild!.remove();
      await advance(20);
    }
  }

  it("looks at most once per spacing during a storm when there is no listing yet", async () => {
    const ctx = fakeContext();
    const look = vi.fn(() => true);
    watchPage(
      ctx,
      look,
      () => null,
      () => 1,
    );
    await storm(20_000);
    // Without spacing this would be 1,000 looks; with 2 s spacing and a 4 s maximum wait, ~5-10.
    expect(look.mock.calls.length).toBeGreaterThanOrEqual(4);
    expect(look.mock.calls.length).toBeLessThanOrEqual(10);
    ctx.invalidate();
  });

  it("counts the first look: a page it turned away is not looked at again sooner than twice the spacing", async () => {
    const ctx = fakeContext();
    const look = vi.fn(() => false);
    // The script starts a while after the page began loading.
    await advance(5000);
    watchPage(
      ctx,
      look,
      () => null,
      () => 1,
    ).start();
    expect(look).toHaveBeenCalledTimes(1);
    // The page goes on loading (ads, images): without the first look counted, the next came after 0.6 s.
    await storm(3800);
    expect(look).toHaveBeenCalledTimes(1);
    await storm(1000);
    expect(look).toHaveBeenCalledTimes(2);
    ctx.invalidate();
  });

  it("spaces the looks by 200 times what a look costs", async () => {
    const ctx = fakeContext();
    const look = vi.fn(() => true);
    watchPage(
      ctx,
      look,
      () => null,
      () => 50,
    );
    await storm(30_000);
    // 50 ms a look → at least 10 s apart: 0.5 % of the main thread.
    expect(look.mock.calls.length).toBeLessThanOrEqual(3);
    ctx.invalidate();
  });

  it("ignores changes outside the listing's region, and sees those inside", async () => {
    const ctx = fakeContext();
    const look = vi.fn(() => true);
    watchPage(
      ctx,
      look,
      () => listing,
      () => 1,
    );
    await storm(10_000);
    expect(look).not.toHaveBeenCalled();
    listing.querySelector("ul")!.append(document.createElement("li"));
    await advance(5000);
    expect(look).toHaveBeenCalledTimes(1);
    ctx.invalidate();
  });

  it("sees the listing's region taken out of the page (a single-page site swapping it)", async () => {
    const ctx = fakeContext();
    const look = vi.fn(() => true);
    watchPage(
      ctx,
      look,
      () => listing,
      () => 1,
    );
    listing.replaceWith(document.createElement("main"));
    await advance(5000);
    expect(look).toHaveBeenCalledTimes(1);
    ctx.invalidate();
  });

  it("does not count the changes it is told to forget (the reader's own marks)", async () => {
    const ctx = fakeContext();
    const look = vi.fn(() => true);
    const watch = watchPage(
      ctx,
      look,
      () => null,
      () => 1,
    );
    listing.querySelector("li")!.append(document.createElement("span"));
    watch.forget();
    await advance(10_000);
    expect(look).not.toHaveBeenCalled();
    ctx.invalidate();
  });

  it("looks less and less often while looks find nothing new, and starts over on an address change", async () => {
    const ctx = fakeContext();
    const look = vi.fn(() => false);
    watchPage(
      ctx,
      look,
      () => null,
      () => 1,
    );
    await storm(120_000);
    // Spacing 2, 4, 8, 16, 32, 64 s...: about 7 looks in two minutes instead of about 60.
    expect(look.mock.calls.length).toBeLessThanOrEqual(8);
    const before = look.mock.calls.length;
    // During the storm a look is pending with the observer off: the address is compared each second.
    history.pushState({}, "", "/next-listing");
    await advance(1000);
    expect(look.mock.calls.length).toBe(before + 1);
    // Back to short spacing: the next look within seconds, not a minute.
    await storm(5000);
    expect(look.mock.calls.length).toBe(before + 2);
    ctx.invalidate();
  });

  it("looks at once when the page changes at a new address, again once the new content settles, and stops when invalidated", async () => {
    const ctx = fakeContext();
    const look = vi.fn(() => true);
    watchPage(
      ctx,
      look,
      () => null,
      () => 1,
    );
    history.pushState({}, "", "/another-listing");
    listing.querySelector("h1")!.textContent = "Another";
    await Promise.resolve();
    expect(look).toHaveBeenCalledTimes(1);
    await advance(3000);
    expect(look).toHaveBeenCalledTimes(2);
    ctx.invalidate();
    await storm(5000);
    expect(look).toHaveBeenCalledTimes(2);
  });
});
