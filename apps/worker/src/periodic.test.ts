import { afterEach, describe, expect, it, vi } from "vitest";
import { startPeriodic } from "./periodic.ts";

describe("startPeriodic", () => {
  afterEach(() => vi.restoreAllMocks());

  it("runs at once and then every period, never two runs at the same time", async () => {
    let running = 0;
    let overlapped = false;
    let runs = 0;
    const p = startPeriodic("test task", 0.02, async () => {
      overlapped ||= running > 0;
      running++;
      runs++;
      await new Promise((r) => setTimeout(r, 50));
      running--;
    });
    await p.first;
    expect(runs).toBe(1);
    await new Promise((r) => setTimeout(r, 120));
    await p.stop();
    expect(runs).toBeGreaterThan(1);
    expect(overlapped).toBe(false);
    expect(running).toBe(0);
  });

  it("logs a failure once, keeps trying, and logs the recovery", async () => {
    const lines: string[] = [];
    vi.spyOn(console, "log").mockImplementation((l: string) => void lines.push(JSON.parse(l).msg));
    let calls = 0;
    const p = startPeriodic("test task", 0.01, async () => {
      calls++;
      if (calls <= 3) throw new Error("database unavailable");
    });
    await vi.waitFor(() => expect(calls).toBeGreaterThanOrEqual(4), { timeout: 2000 });
    await p.stop();
    expect(lines.filter((m) => m === "test task failed; retrying")).toHaveLength(1);
    expect(lines.filter((m) => m === "test task restored")).toHaveLength(1);
  });
});
