import { describe, expect, it } from "vitest";
import { SingleFlightCache } from "./cache.ts";

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe("SingleFlightCache", () => {
  it("shares one build among concurrent reads and serves it until invalidated", async () => {
    let builds = 0;
    const cache = new SingleFlightCache(async () => ++builds, { maxAgeMs: 60_000 });
    expect(await Promise.all([cache.get(), cache.get(), cache.get()])).toEqual([1, 1, 1]);
    expect(await cache.get()).toBe(1);
    cache.invalidate();
    expect(await Promise.all([cache.get(), cache.get()])).toEqual([2, 2]);
    expect(builds).toBe(2);
  });

  it("never counts a build that began before a change as fresh", async () => {
    const pending = [deferred<string>(), deferred<string>()];
    let n = 0;
    const cache = new SingleFlightCache(() => (pending[n++] as ReturnType<typeof deferred<string>>).promise, {
      maxAgeMs: 60_000,
    });
    const first = cache.get();
    cache.invalidate();
    const second = cache.get();
    pending[0]?.resolve("old");
    pending[1]?.resolve("new");
    expect(await first).toBe("old");
    expect(await second).toBe("new");
    expect(await cache.get()).toBe("new");
  });

  it("serves an aged value while one rebuild runs, and the last value when a build fails", async () => {
    let t = 0;
    let fail = false;
    let builds = 0;
    const cache = new SingleFlightCache(
      async () => {
        if (fail) throw new Error("database away");
        return ++builds;
      },
      { maxAgeMs: 30_000, retryMs: 1_000, now: () => t },
    );
    expect(await cache.get()).toBe(1);
    t = 31_000;
    expect(await cache.get()).toBe(1);
    await new Promise((r) => setImmediate(r));
    expect(await cache.get()).toBe(2);
    fail = true;
    cache.invalidate();
    expect(await cache.get()).toBe(2);
    await expect(new SingleFlightCache(() => Promise.reject(new Error("x")), { maxAgeMs: 1 }).get()).rejects.toThrow(
      "x",
    );
  });
});
