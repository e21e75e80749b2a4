import { readFile, readlink } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { recordingIo } from "../run-io.ts";
import { releasesProvider } from "./releases.ts";
import { addRelease, pointCurrent, tempRoot } from "./testing/release-root.ts";
import { ProviderError } from "./types.ts";

let root: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ root, cleanup } = await tempRoot());
  await addRelease(root, "20240101000000");
  await addRelease(root, "20240102000000");
  await pointCurrent(root, "releases/20240102000000");
});
afterEach(() => cleanup());

async function rollbackError(provider: ReturnType<typeof releasesProvider>, io = recordingIo()): Promise<Error> {
  const err = await provider.rollback("20240101000000", io).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(ProviderError);
  return err as Error;
}

/** Alive and not a zombie (a container's init may not reap orphans). */
async function isRunning(pid: number): Promise<boolean> {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const stat = await readFile(`/proc/${pid}/stat`, "utf8").catch(() => "");
  return stat !== "" && !/^\d+ \(.*\) Z/.test(stat);
}

describe("releasesProvider restart command", () => {
  it("runs in the root after the switch and streams stdout and stderr to the log", async () => {
    const io = recordingIo();
    const provider = releasesProvider({
      root,
      restartCommand:
        'echo "serving $(cat current/index.html)"; echo "from $OPSDECK_PREVIOUS_RELEASE to $OPSDECK_RELEASE" >&2; pwd > restarted; echo "db=[$DATABASE_URL] extra=$EXTRA"',
      restartEnv: { EXTRA: "yes" },
    });
    const result = await provider.rollback("20240101000000", io);
    expect(io.lines).toContain("serving release 20240101000000");
    expect(io.lines).toContain("from 20240102000000 to 20240101000000");
    expect(io.lines).toContain("db=[] extra=yes");
    expect(io.lines.at(-1)).toBe("The restart command finished");
    expect((await readFile(path.join(root, "restarted"), "utf8")).trim()).toBe(root);
    expect(result.notes).toEqual([]);
    expect(io.fractions.at(-1)).toBe(1);
  });

  it("says plainly that current moved when the command fails", async () => {
    const io = recordingIo();
    const err = await rollbackError(
      releasesProvider({ root, restartCommand: "echo 'unit not found' >&2; exit 3" }),
      io,
    );
    expect(err.message).toBe("current now points at 20240101000000, but the restart command exited with code 3.");
    expect(io.lines).toContain("unit not found");
    expect(await readlink(path.join(root, "current"))).toBe(path.join("releases", "20240101000000"));
  });

  it("stops a command that outlives its timeout, children included", async () => {
    const started = Date.now();
    const err = await rollbackError(
      releasesProvider({ root, restartCommand: "sleep 30 & echo $! > bg.pid; sleep 30", restartTimeoutMs: 300 }),
    );
    expect(err.message).toBe("current now points at 20240101000000, but the restart command timed out after 0.3 s.");
    expect(Date.now() - started).toBeLessThan(5_000);
    const pid = Number(await readFile(path.join(root, "bg.pid"), "utf8"));
    await expect.poll(() => isRunning(pid), { timeout: 3_000 }).toBe(false);
  });

  it("stops the command when the run is cancelled", async () => {
    const controller = new AbortController();
    const io = recordingIo(controller.signal);
    const pending = releasesProvider({ root, restartCommand: "echo started; sleep 30" }).rollback("20240101000000", io);
    while (!io.lines.includes("started")) await new Promise((r) => setTimeout(r, 10));
    controller.abort();
    const err = await pending.catch((e: unknown) => e);
    expect((err as Error).message).toBe("current now points at 20240101000000, but the restart command was cancelled.");
  });

  it("does not wait for a background process that keeps the output open", async () => {
    const started = Date.now();
    await releasesProvider({ root, restartCommand: "sleep 2 & echo launched" }).rollback(
      "20240101000000",
      recordingIo(),
    );
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
