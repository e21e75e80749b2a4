import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localDirStorage } from "./local-dir.ts";
import type { BackupStorage } from "./types.ts";

async function* chunks(...parts: string[]): AsyncIterable<Uint8Array> {
  for (const p of parts) yield Buffer.from(p);
}

async function* failing(): AsyncIterable<Uint8Array> {
  yield Buffer.from("half of it");
  throw new Error("source broke");
}

async function text(storage: BackupStorage, key: string): Promise<string> {
  let out = "";
  for await (const c of await storage.openRead(key)) out += c;
  return out;
}

describe("localDirStorage", () => {
  let root: string;
  let storage: BackupStorage;
  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), "opsdeck-storage-"));
    storage = localDirStorage(root);
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it("writes, stats, reads, lists and deletes under nested keys", async () => {
    const { bytes } = await storage.write("app/one.dump", chunks("hello ", "world"));
    expect(bytes).toBe(11);
    expect(await storage.stat("app/one.dump")).toMatchObject({ key: "app/one.dump", bytes: 11 });
    expect(await text(storage, "app/one.dump")).toBe("hello world");
    const copy = await storage.localCopy("app/one.dump");
    expect(await readFile(copy.path, "utf8")).toBe("hello world");
    await copy.release();
    await storage.write("other/two.dump", chunks("x"));
    expect(await storage.list()).toEqual(["app/one.dump", "other/two.dump"]);
    expect(await storage.list("app/")).toEqual(["app/one.dump"]);
    await storage.delete("app/one.dump");
    await storage.delete("app/one.dump");
    expect(await storage.stat("app/one.dump")).toBeNull();
  });

  it("leaves no file when the source fails", async () => {
    await expect(storage.write("broken/a.dump", failing())).rejects.toThrow("source broke");
    expect(await storage.stat("broken/a.dump")).toBeNull();
    expect(await readdir(path.join(root, "broken"))).toEqual([]);
  });

  it("leaves no file when aborted, and keeps an earlier object under the key", async () => {
    await storage.write("keep/a.dump", chunks("old"));
    const controller = new AbortController();
    async function* slow(): AsyncIterable<Uint8Array> {
      yield Buffer.from("new");
      controller.abort();
      await new Promise((r) => setTimeout(r, 50));
      yield Buffer.from("more");
    }
    await expect(storage.write("keep/a.dump", slow(), { signal: controller.signal })).rejects.toThrow();
    expect(await text(storage, "keep/a.dump")).toBe("old");
    expect(await readdir(path.join(root, "keep"))).toEqual(["a.dump"]);
  });

  it("refuses keys that could escape the root", async () => {
    for (const key of ["../x", "/abs", "a//b", ".hidden", "a/../../b", ""]) {
      await expect(storage.write(key, chunks("x"))).rejects.toThrow(/invalid storage key/);
    }
  });
});
