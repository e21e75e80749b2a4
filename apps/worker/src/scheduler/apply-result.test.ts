import { evaluateHeartbeat } from "@opsdeck/probes";
import { describe, expect, it } from "vitest";
import { applyResult } from "./apply-result.ts";
import type { CachedCheck } from "./check-cache.ts";

const createdAt = new Date("2026-03-01T12:00:00Z");
const at = (seconds: number) => new Date(createdAt.getTime() + seconds * 1000);

function heartbeatCheck(): CachedCheck {
  return {
    id: "hb",
    seq: 7,
    shard: 7,
    name: "nightly backup",
    serviceId: "svc",
    kind: "HEARTBEAT",
    config: { kind: "heartbeat", periodSeconds: 60, graceSeconds: 30 },
    intervalSeconds: 30,
    timeoutMs: 10_000,
    downAfter: 2,
    createdAt,
    lastPingAt: null,
    updatedAt: createdAt,
    state: "UNKNOWN",
    health: "UNKNOWN",
    stateSinceMs: createdAt.getTime(),
    consecutiveFailures: 0,
    servedRunRequestMs: 0,
  };
}

/** Evaluate the heartbeat at `seconds` after creation and apply it, as the scheduler does. */
function tick(check: CachedCheck, seconds: number) {
  const now = at(seconds);
  const r = evaluateHeartbeat({ periodSeconds: 60, graceSeconds: 30, createdAt, lastPingAt: check.lastPingAt, now });
  return applyResult(check, now.getTime(), r, false);
}

describe("applyResult for a heartbeat check", () => {
  it("stays UNKNOWN without storing a result until the first ping, then turns UP", () => {
    const check = heartbeatCheck();
    const waiting = tick(check, 30);
    expect(waiting.result).toBeNull();
    expect(waiting.event).toBeNull();
    expect(waiting.state).toMatchObject({ state: "UNKNOWN", health: "UNKNOWN", consecutiveFailures: 0 });
    expect(waiting.state.lastMessage).toMatch(/^No ping has arrived yet/);

    check.lastPingAt = at(50);
    const pinged = tick(check, 60);
    expect(pinged.result).toMatchObject({ status: "UP", checkSeq: 7 });
    expect(pinged.state).toMatchObject({ state: "UP", consecutiveFailures: 0 });
    expect(pinged.event).toMatchObject({ from: "UNKNOWN", to: "UP", checkId: "hb" });
  });

  it("turns DOWN after downAfter overdue runs when no ping ever arrives", () => {
    const check = heartbeatCheck();
    expect(tick(check, 60).state.state).toBe("UNKNOWN");
    const first = tick(check, 120);
    expect(first.result).toMatchObject({ status: "DOWN" });
    expect(first.state).toMatchObject({ state: "UNKNOWN", consecutiveFailures: 1 });
    const second = tick(check, 150);
    expect(second.state).toMatchObject({ state: "DOWN", consecutiveFailures: 2 });
    expect(second.event).toMatchObject({ from: "UNKNOWN", to: "DOWN" });
  });

  it("turns DOWN after downAfter overdue runs once a ping is missed", () => {
    const check = heartbeatCheck();
    check.lastPingAt = at(10);
    expect(tick(check, 30).state.state).toBe("UP");
    expect(tick(check, 120).state).toMatchObject({ state: "UP", consecutiveFailures: 1 });
    expect(tick(check, 150).state).toMatchObject({ state: "DOWN", consecutiveFailures: 2 });
  });
});
