import { readFile, readdir, rm } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDemoReleases, releaseName } from "./releases-demo.ts";
import { releasesProvider } from "./releases.ts";
import { addRelease, tempRoot } from "./testing/release-root.ts";

let root: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ root, cleanup } = await tempRoot()));
afterEach(() => cleanup());

describe("createDemoReleases", () => {
  it("creates three releases that the provider lists, the newest live", async () => {
    const now = new Date("2024-06-10T12:00:00Z");
    const names = await createDemoReleases(root, now);
    expect(names).toEqual(["20240607120000", "20240609100000", "20240610100000"]);
    const list = await releasesProvider({ root }).list();
    expect(list.map((d) => d.id)).toEqual([...names].reverse());
    expect(list[0]).toMatchObject({ live: true, author: "jonas", message: "deployed from main" });
    for (const deployment of list) expect(deployment.commit).toMatch(/^[0-9a-f]{40}$/);
    const html = await readFile(path.join(root, "current", "index.html"), "utf8");
    expect(html).toContain("Release 20240610100000");
  });

  it("leaves a root that already has releases alone, including its own earlier run", async () => {
    expect(await createDemoReleases(root)).toHaveLength(3);
    expect(await createDemoReleases(root)).toEqual([]);
    expect(await readdir(path.join(root, "releases"))).toHaveLength(3);

    await rm(path.join(root, "releases"), { recursive: true });
    await addRelease(root, "1");
    expect(await createDemoReleases(root)).toEqual([]);
    expect(await readdir(path.join(root, "releases"))).toEqual(["1"]);
  });

  it("names releases the Capistrano way", () => {
    expect(releaseName(new Date("2024-01-02T03:04:05.678Z"))).toBe("20240102030405");
  });
});
