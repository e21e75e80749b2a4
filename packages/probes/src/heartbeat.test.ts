import { describe, expect, it } from "vitest";
import { formatDuration } from "./duration.ts";
import { evaluateHeartbeat } from "./heartbeat.ts";

const now = new Date("2026-03-01T12:00:00Z");
const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000);

describe("evaluateHeartbeat", () => {
  const every5m = { periodSeconds: 300, graceSeconds: 60, now };

  it("is UP when the last ping is within the period", () => {
    const result = evaluateHeartbeat({ ...every5m, lastPingAt: ago(125) });
    expect(result).toEqual({
      status: "UP",
      latencyMs: 0,
      message: "Last ping 2m 5s ago (expected every 5m, grace 1m)",
      details: {
        lastPingAt: "2026-03-01T11:57:55.000Z",
        secondsSinceLastPing: 125,
        dueAt: "2026-03-01T12:03:55.000Z",
        late: false,
        state: "OK",
      },
    });
  });

  it("stays UP but flags a late ping inside the grace window, up to the exact boundary", () => {
    const late = evaluateHeartbeat({ ...every5m, lastPingAt: ago(330) });
    expect(late).toMatchObject({
      status: "UP",
      message: "Last ping 5m 30s ago: late, still within the 1m grace",
      details: { late: true, state: "LATE" },
    });
    expect(evaluateHeartbeat({ ...every5m, lastPingAt: ago(360) }).status).toBe("UP");
  });

  it("is DOWN once period + grace has passed", () => {
    const result = evaluateHeartbeat({ ...every5m, lastPingAt: ago(361) });
    expect(result).toMatchObject({
      status: "DOWN",
      code: "HEARTBEAT_MISSED",
      message: "No ping for 6m 1s (expected every 5m, grace 1m)",
    });
    const days = evaluateHeartbeat({
      periodSeconds: 3600,
      graceSeconds: 0,
      now,
      lastPingAt: ago(2 * 86_400 + 3 * 3600 + 7),
    });
    expect(days.message).toBe("No ping for 2d 3h 7s (expected every 1h)");
  });

  it("treats a ping stamped in the future as just now", () => {
    const result = evaluateHeartbeat({ ...every5m, lastPingAt: new Date(now.getTime() + 30_000) });
    expect(result).toMatchObject({ status: "UP", details: { secondsSinceLastPing: 0 } });
  });

  it("is UNKNOWN before the first ping, up to period + grace after creation", () => {
    const fresh = evaluateHeartbeat({ ...every5m, lastPingAt: null, createdAt: ago(100) });
    expect(fresh).toEqual({
      status: "UNKNOWN",
      latencyMs: 0,
      message: "No ping has arrived yet; the first is due within 4m 20s (expected every 5m, grace 1m)",
      details: { state: "NEW", dueAt: "2026-03-01T12:04:20.000Z" },
    });
    expect(evaluateHeartbeat({ ...every5m, lastPingAt: null, createdAt: ago(360) }).status).toBe("UNKNOWN");
    expect(evaluateHeartbeat({ ...every5m, lastPingAt: null, createdAt: ago(361) }).status).toBe("DOWN");
    const overdue = evaluateHeartbeat({ ...every5m, lastPingAt: null, createdAt: ago(400) });
    expect(overdue).toMatchObject({
      status: "DOWN",
      code: "HEARTBEAT_MISSED",
      message: "No ping since the check was created 6m 40s ago (expected every 5m, grace 1m)",
    });
    const unknown = evaluateHeartbeat({ ...every5m });
    expect(unknown).toMatchObject({
      status: "DOWN",
      code: "HEARTBEAT_MISSED",
      message: "No ping received yet (expected every 5m, grace 1m)",
    });
  });
});

describe("formatDuration", () => {
  it("prints non-zero units from days to seconds", () => {
    expect(formatDuration(0)).toBe("0s");
    expect(formatDuration(59.9)).toBe("59s");
    expect(formatDuration(3600)).toBe("1h");
    expect(formatDuration(90_061)).toBe("1d 1h 1m 1s");
    expect(formatDuration(-5)).toBe("0s");
  });
});
