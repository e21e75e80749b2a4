import { describe, expect, it } from "vitest";
import { SHARD_COUNT } from "./constants.ts";
import { fairShare, type LeaseRow, planLeases, shardOf } from "./shards.ts";

const rows = (owner: string, shards: number[], expired = false): LeaseRow[] =>
  shards.map((shard) => ({ shard, ownerId: owner, expired }));
const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

describe("shards", () => {
  it("derive from seq and split fairly", () => {
    expect(shardOf(1)).toBe(1);
    expect(shardOf(64)).toBe(0);
    expect(shardOf(130)).toBe(2);
    expect([1, 2, 3, 64, 65].map(fairShare)).toEqual([64, 32, 22, 1, 1]);
  });

  it("a lone worker takes every shard", () => {
    const plan = planLeases({ me: "a", leases: [], liveWorkers: 1 });
    expect(plan.acquire).toEqual(range(0, SHARD_COUNT));
    expect(plan.release).toEqual([]);
  });

  it("a worker above its share releases the excess when a new worker appears", () => {
    const plan = planLeases({
      me: "a",
      leases: [...rows("a", range(0, 32)), ...rows("b", range(32, 64))],
      liveWorkers: 3,
    });
    expect(plan.release).toEqual(range(22, 32));
    expect(plan.acquire).toEqual([]);
  });

  it("a new worker takes only free or expired shards, up to its share", () => {
    const leases = [...rows("a", range(0, 22)), ...rows("b", range(22, 44)), ...rows("dead", range(44, 54), true)];
    const plan = planLeases({ me: "c", leases, liveWorkers: 3, random: () => 0.5 });
    expect(plan.acquire).toHaveLength(20);
    expect(plan.acquire.every((s) => s >= 44)).toBe(true);
  });

  it("a worker below its share never releases, and re-takes its own expired leases", () => {
    const plan = planLeases({
      me: "a",
      leases: [...rows("a", [1, 2]), ...rows("a", [3], true), ...rows("b", range(4, 64))],
      liveWorkers: 2,
    });
    expect(plan.release).toEqual([]);
    expect(plan.acquire).toContain(3);
  });
});
