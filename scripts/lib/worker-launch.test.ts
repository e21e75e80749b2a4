import { readFileSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "@opsdeck/db/paths";
import { describe, expect, it } from "vitest";
import { WORKER_BUNDLE, WORKER_NODE_FLAGS, workerNodeArgs } from "./worker-launch.ts";

describe("worker launch", () => {
  it("starts the bundle with the memory flags, and the compose file's worker with the same", () => {
    expect(workerNodeArgs(true).slice(0, WORKER_NODE_FLAGS.length)).toEqual(WORKER_NODE_FLAGS);
    const compose = readFileSync(path.join(repoRoot, "docker-compose.yml"), "utf8");
    const command = /worker:[\s\S]*?command: (\[.*\])/.exec(compose)?.[1];
    expect(JSON.parse(command ?? "[]")).toEqual(["node", ...WORKER_NODE_FLAGS, path.relative(repoRoot, WORKER_BUNDLE)]);
  });
});
