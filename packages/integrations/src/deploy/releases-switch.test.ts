import { spawn } from "node:child_process";
import { readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { recordingIo } from "../run-io.ts";
import { releasesProvider } from "./releases.ts";
import { addRelease, pointCurrent, tempRoot } from "./testing/release-root.ts";

let root: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ root, cleanup } = await tempRoot()));
afterEach(() => cleanup());

// Runs in its own process so its reads truly interleave with the renames.
const READER = `
const fs = require("node:fs");
const [current, stop] = process.argv.slice(1);
let reads = 0, missing = 0;
const seen = new Set();
console.log("ready");
for (;;) {
  try { seen.add(fs.readlinkSync(current)); } catch { missing++; }
  if (++reads % 500 === 0 && fs.existsSync(stop)) break;
}
console.log(JSON.stringify({ reads, missing, seen: [...seen] }));
`;

describe("switching current", () => {
  it("never leaves a moment without current while rollbacks repeat", async () => {
    await addRelease(root, "20240101000000");
    await addRelease(root, "20240102000000");
    await pointCurrent(root, "releases/20240102000000");
    const stop = path.join(root, "stop");
    const reader = spawn(process.execPath, ["-e", READER, path.join(root, "current"), stop]);
    let output = "";
    reader.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    const exited = new Promise<number | null>((resolve) => reader.once("exit", resolve));
    await expect.poll(() => output.includes("ready")).toBe(true);

    const provider = releasesProvider({ root });
    for (let i = 0; i < 300; i++) {
      await provider.rollback(i % 2 === 0 ? "20240101000000" : "20240102000000", recordingIo());
    }
    await writeFile(stop, "");
    expect(await exited).toBe(0);

    const result = JSON.parse(output.split("\n")[1] ?? "{}") as { reads: number; missing: number; seen: string[] };
    expect(result.reads).toBeGreaterThan(1_000);
    expect(result.missing).toBe(0);
    expect(result.seen).toEqual(expect.arrayContaining(["releases/20240101000000", "releases/20240102000000"]));
    // No temporary links left behind.
    expect((await readdir(root)).filter((name) => name.startsWith("current."))).toEqual([]);
  });
});
