import { describe, expect, it } from "vitest";
import { startChild } from "./children.ts";
import type { RestartPolicy } from "./restart-policy.ts";
import { Supervisor } from "./supervisor.ts";

const policy: RestartPolicy = { delaysMs: [50, 100], fastCrashMs: 2_000, maxFastCrashes: 3 };
const env = { PATH: process.env.PATH };
const node = (name: string, code: string) => () => startChild(name, process.execPath, ["-e", code], { cwd: process.cwd(), env });
const sleeper = node("sleeper", "setInterval(() => {}, 1000)");

function supervised(launch: () => ReturnType<ReturnType<typeof node>>, extra: { fatal?: () => boolean } = {}) {
  const lines: string[] = [];
  const gaveUp: string[] = [];
  const s = new Supervisor({
    name: "job",
    launch,
    policy,
    say: (l) => lines.push(l),
    warn: (l) => lines.push(l),
    onGiveUp: (r) => gaveUp.push(r),
    ...extra,
  });
  return { s, lines, gaveUp };
}

const until = async (ok: () => boolean, ms = 10_000) => {
  const deadline = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe("Supervisor", () => {
  it("restarts a killed process, logging its exit status", async () => {
    const { s, lines } = supervised(sleeper);
    await s.start();
    const first = s.pid as number;
    process.kill(first, "SIGKILL");
    await until(() => s.pid !== undefined && s.pid !== first);
    expect(lines).toContain("job exited unexpectedly (code 137); restarting in 0.1 s");
    expect(lines.at(-1)).toBe(`job restarted (pid ${s.pid})`);
    await s.stop();
  });

  it("gives up on a crash loop and says so", async () => {
    const { s, lines, gaveUp } = supervised(node("crasher", "process.exit(3)"));
    await s.start();
    await until(() => gaveUp.length > 0);
    expect(lines.filter((l) => l.includes("restarting in"))).toHaveLength(2);
    expect(gaveUp[0]).toBe(
      "job exited unexpectedly (code 3) and has crashed 3 times in a row within 2 s of starting: giving up, it stays down until opsdeck is restarted",
    );
    expect(s.pid).toBeUndefined();
  });

  it("does not retry while `fatal` holds", async () => {
    const { s, gaveUp } = supervised(node("crasher", "process.exit(1)"), { fatal: () => true });
    await s.start();
    await until(() => gaveUp.length > 0);
    expect(gaveUp).toEqual(["job exited unexpectedly (code 1) before it was ready; stopping"]);
  });

  it("counts a launch that throws as a crash", async () => {
    let launches = 0;
    const { s, lines } = supervised(() => {
      launches++;
      if (launches === 2) throw new Error("port busy");
      return sleeper();
    });
    await s.start();
    process.kill(s.pid as number, "SIGKILL");
    await until(() => launches === 3 && s.pid !== undefined);
    expect(lines).toContain("job failed to start (port busy); restarting in 0.1 s");
    await s.stop();
  });

  it("stops the process and cancels a pending restart", async () => {
    const { s, lines } = supervised(sleeper);
    await s.start();
    const pid = s.pid as number;
    await s.stop();
    expect(() => process.kill(pid, 0)).toThrow();
    const { s: other, lines: otherLines } = supervised(sleeper);
    await other.start();
    process.kill(other.pid as number, "SIGKILL");
    await until(() => otherLines.some((l) => l.includes("restarting in")));
    await other.stop();
    await new Promise((r) => setTimeout(r, 300));
    expect(other.pid).toBeUndefined();
    expect(lines.some((l) => l.includes("exited"))).toBe(false);
  });
});
