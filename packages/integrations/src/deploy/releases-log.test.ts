import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readReleaseLogs } from "./releases-log.ts";
import { tempRoot } from "./testing/release-root.ts";

let root: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ root, cleanup } = await tempRoot()));
afterEach(() => cleanup());

describe("readReleaseLogs", () => {
  it("reads Capistrano's revisions.log, the later line for a release winning", async () => {
    await writeFile(
      path.join(root, "revisions.log"),
      [
        "Branch main (at 1111111111111111111111111111111111111111) deployed as release 20240101120000 by alice",
        "alice rolled back to release 20240101120000",
        "Branch hotfix (at 2222222222222222222222222222222222222222) deployed as release 20240102120000 by bob",
        "Branch main (at 3333333333333333333333333333333333333333) deployed as release 20240102120000 by carol",
        "",
      ].join("\n"),
    );
    const logs = await readReleaseLogs(root);
    expect(logs.get("20240101120000")).toEqual({
      commit: "1111111111111111111111111111111111111111",
      author: "alice",
      ref: "main",
      createdAt: null,
    });
    expect(logs.get("20240102120000")?.author).toBe("carol");
    expect(logs.size).toBe(2);
  });

  it("reads Deployer's .dep/releases_log and skips lines that are not JSON objects", async () => {
    await mkdir(path.join(root, ".dep"));
    await writeFile(
      path.join(root, ".dep", "releases_log"),
      [
        JSON.stringify({ created_at: "2024-03-01T10:00:00+0000", release_name: "7", user: "Dana", target: "main" }),
        "not json",
        "42",
        JSON.stringify({ created_at: "garbage", release_name: 8, user: "", target: "v1.2.0" }),
      ].join("\n"),
    );
    const logs = await readReleaseLogs(root);
    expect(logs.get("7")).toEqual({ commit: null, author: "Dana", ref: "main", createdAt: "2024-03-01T10:00:00.000Z" });
    expect(logs.get("8")).toEqual({ commit: null, author: null, ref: "v1.2.0", createdAt: null });
    expect(logs.size).toBe(2);
  });

  it("is empty without logs", async () => {
    expect((await readReleaseLogs(root)).size).toBe(0);
  });
});
