import { mkdir, readlink, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { recordingIo } from "../run-io.ts";
import { releasesProvider } from "./releases.ts";
import { addRelease, pointCurrent, tempRoot } from "./testing/release-root.ts";
import { ProviderError } from "./types.ts";

const SHA_A = "a".repeat(40);
const SHA_B = "b".repeat(40);

let root: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ root, cleanup } = await tempRoot()));
afterEach(() => cleanup());

async function capistranoRoot(): Promise<void> {
  await addRelease(root, "20240101120000", { revision: SHA_A });
  await addRelease(root, "20240215083000", { revision: SHA_B });
  await addRelease(root, "20231231235959");
  await writeFile(
    path.join(root, "revisions.log"),
    `Branch main (at ${SHA_B}) deployed as release 20240215083000 by alice\n` +
      `Branch legacy (at ${"c".repeat(40)}) deployed as release 20231231235959 by bob\n`,
  );
  // Capistrano links with an absolute path.
  await pointCurrent(root, path.join(root, "releases", "20240101120000"));
}

describe("releasesProvider list and current", () => {
  it("lists Capistrano releases newest first with REVISION, revisions.log and the live one", async () => {
    await capistranoRoot();
    const provider = releasesProvider({ root });
    const list = await provider.list();
    expect(list.map((d) => d.id)).toEqual(["20240215083000", "20240101120000", "20231231235959"]);
    expect(list[0]).toEqual({
      id: "20240215083000",
      commit: SHA_B,
      message: "deployed from main",
      author: "alice",
      createdAt: "2024-02-15T08:30:00.000Z",
      state: "inactive",
      live: false,
      url: null,
    });
    expect(list[1]).toMatchObject({ commit: SHA_A, author: null, live: true, state: "live" });
    // No REVISION file: the log's commit.
    expect(list[2]).toMatchObject({ commit: "c".repeat(40), author: "bob", createdAt: "2023-12-31T23:59:59.000Z" });
    expect((await provider.list({ limit: 2 })).map((d) => d.id)).toEqual(["20240215083000", "20240101120000"]);
    expect((await provider.current())?.id).toBe("20240101120000");
  });

  it("sorts Deployer's counters as numbers and reads .dep/releases_log and BAD_RELEASE", async () => {
    for (const n of ["9", "10", "11"]) await addRelease(root, n);
    await writeFile(path.join(root, "releases", "11", "BAD_RELEASE"), "");
    await mkdir(path.join(root, ".dep"));
    await writeFile(
      path.join(root, ".dep", "releases_log"),
      `${JSON.stringify({ created_at: "2024-05-01T09:00:00+0000", release_name: "10", user: "Dana", target: "main" })}\n`,
    );
    await pointCurrent(root, "releases/10");
    const list = await releasesProvider({ root }).list();
    expect(list.map((d) => [d.id, d.state])).toEqual([
      ["11", "bad"],
      ["10", "live"],
      ["9", "inactive"],
    ]);
    expect(list[1]).toMatchObject({
      author: "Dana",
      createdAt: "2024-05-01T09:00:00.000Z",
      message: "deployed from main",
    });
  });

  it("falls back to directory mtime for other names and skips files and symlinks in releases/", async () => {
    await addRelease(root, "blue", { mtime: new Date("2024-01-02T00:00:00Z") });
    await addRelease(root, "green", { mtime: new Date("2024-03-04T00:00:00Z") });
    await writeFile(path.join(root, "releases", "notes.txt"), "x");
    await symlink(root, path.join(root, "releases", "escape"));
    const list = await releasesProvider({ root }).list();
    expect(list.map((d) => [d.id, d.createdAt])).toEqual([
      ["green", "2024-03-04T00:00:00.000Z"],
      ["blue", "2024-01-02T00:00:00.000Z"],
    ]);
  });

  it("has no current when the link is missing or points outside releases/", async () => {
    await addRelease(root, "1");
    const provider = releasesProvider({ root });
    expect(await provider.current()).toBeNull();
    await pointCurrent(root, "/tmp");
    expect(await provider.current()).toBeNull();
    expect((await provider.list())[0]?.live).toBe(false);
  });

  it("lists nothing when there is no releases directory", async () => {
    expect(await releasesProvider({ root: path.join(root, "missing") }).list()).toEqual([]);
  });
});

describe("releasesProvider rollback", () => {
  it("switches current with a relative link and reports from and to", async () => {
    await capistranoRoot();
    const io = recordingIo();
    const result = await releasesProvider({ root }).rollback("20231231235959", io);
    expect(await readlink(path.join(root, "current"))).toBe(path.join("releases", "20231231235959"));
    expect(result.from?.id).toBe("20240101120000");
    expect(result.to).toMatchObject({ id: "20231231235959", live: true, state: "live" });
    expect(result.notes.join(" ")).toMatch(/No restart command is configured/);
    expect(io.lines).toContain("current now points at releases/20231231235959 (was 20240101120000)");
    expect(io.fractions.at(-1)).toBe(1);
    expect((await releasesProvider({ root }).current())?.id).toBe("20231231235959");
  });

  it("leaves current alone when the release is already live", async () => {
    await capistranoRoot();
    const result = await releasesProvider({ root }).rollback("20240101120000", recordingIo());
    expect(result.from?.id).toBe("20240101120000");
    expect(result.notes[0]).toMatch(/already pointed at 20240101120000/);
    expect(await readlink(path.join(root, "current"))).toBe(path.join(root, "releases", "20240101120000"));
  });

  it.each([
    ["..", /not a release name/],
    ["../releases/20240101120000", /not a release name/],
    ["20240101120000/../../etc", /not a release name/],
    ["/etc", /not a release name/],
    [".hidden", /not a release name/],
    ["", /not a release name/],
    ["20990101000000", /no release 20990101000000/],
  ])("refuses %j", async (id, message) => {
    await capistranoRoot();
    const before = await readlink(path.join(root, "current"));
    const err = await releasesProvider({ root })
      .rollback(id, recordingIo())
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ProviderError);
    expect((err as Error).message).toMatch(message);
    expect(await readlink(path.join(root, "current"))).toBe(before);
  });

  it("refuses a release that is a symlink leading out of the root", async () => {
    await capistranoRoot();
    const { root: outside, cleanup: cleanOutside } = await tempRoot();
    try {
      await symlink(outside, path.join(root, "releases", "20250101000000"));
      const err = await releasesProvider({ root })
        .rollback("20250101000000", recordingIo())
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ProviderError);
      expect((err as Error).message).toMatch(/symlink/);
    } finally {
      await cleanOutside();
    }
  });

  it("refuses while a Deployer deploy holds its lock", async () => {
    await capistranoRoot();
    await mkdir(path.join(root, ".dep"));
    await writeFile(path.join(root, ".dep", "deploy.lock"), "dana\n");
    const err = await releasesProvider({ root })
      .rollback("20231231235959", recordingIo())
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ProviderError);
    expect((err as ProviderError).message).toMatch(/^A deploy is in progress \(by dana\)/);
    expect((err as ProviderError).retryable).toBe(true);
    expect((await releasesProvider({ root }).current())?.id).toBe("20240101120000");
  });

  it("refuses to start when the run is already cancelled", async () => {
    await capistranoRoot();
    const controller = new AbortController();
    controller.abort();
    const err = await releasesProvider({ root })
      .rollback("20231231235959", recordingIo(controller.signal))
      .catch((e) => e);
    expect((err as Error).message).toMatch(/nothing changed/);
    expect((await releasesProvider({ root }).current())?.id).toBe("20240101120000");
  });
});
