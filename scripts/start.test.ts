import { existsSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { repoRoot } from "@opsdeck/db/paths";
import { createTestDb, type TestDb } from "@opsdeck/db/testing";
import { afterEach, describe, expect, it } from "vitest";
import { freePort, npmStarts, within } from "./lib/npm-start.ts";

const STACK = /^\s+at /m;
const hasBuild = existsSync(path.join(repoRoot, "apps/web/.next/BUILD_ID"));

const starts = npmStarts();
const npmStart = starts.start;
const servers: net.Server[] = [];
const testDbs: TestDb[] = [];

afterEach(async () => {
  await starts.cleanup();
  for (const s of servers.splice(0)) await new Promise((r) => s.close(r));
  for (const t of testDbs.splice(0)) await t.drop().catch(() => {});
}, 60_000);

describe("npm start", () => {
  it("exits 1 at once when PORT is taken, saying which port and what to do", async () => {
    const port = await freePort();
    const holder = net.createServer();
    servers.push(holder);
    await new Promise<void>((r) => holder.listen(port, "127.0.0.1", r));

    const run = await npmStart({ PORT: String(port) });
    expect(await within(run.exited, 20_000, "exiting")).toBe(1);
    expect(run.ms()).toBeLessThan(10_000);
    expect(run.err()).toContain(`port ${port} is already in use`);
    expect(run.err()).toContain("PORT=<free port> npm start");
    expect(run.out() + run.err()).not.toMatch(STACK);
  });

  it("exits 1 when the embedded PostgreSQL port is taken, saying how to choose another", async () => {
    const pgPort = await freePort();
    const holder = net.createServer();
    servers.push(holder);
    await new Promise<void>((r) => holder.listen(pgPort, "127.0.0.1", r));

    const run = await npmStart({ OPSDECK_PG_PORT: String(pgPort) });
    expect(await within(run.exited, 30_000, "exiting")).toBe(1);
    expect(run.err()).toContain(`port ${pgPort} is already in use, so the embedded PostgreSQL cannot start`);
    expect(run.err()).toContain("OPSDECK_PG_PORT");
    expect(run.out() + run.err()).not.toMatch(STACK);
  });

  it("exits 1 when DATABASE_URL cannot be reached, naming host and port, without a stack trace", async () => {
    const dbPort = await freePort();
    const run = await npmStart({ DATABASE_URL: `postgresql://opsdeck:opsdeck@127.0.0.1:${dbPort}/opsdeck` });
    expect(await within(run.exited, 25_000, "exiting")).toBe(1);
    expect(run.err()).toContain(`cannot reach the database at 127.0.0.1:${dbPort}/opsdeck`);
    expect(run.err()).toContain("ECONNREFUSED");
    expect(run.err()).not.toContain("opsdeck:opsdeck@");
    expect(run.out() + run.err()).not.toMatch(STACK);
  });

  it("exits 1 naming DATABASE_URL when it is not a postgresql:// URL, without echoing it", async () => {
    for (const url of ["not-a-url", "mysql://root:hunter2@127.0.0.1:3306/opsdeck"]) {
      const run = await npmStart({ DATABASE_URL: url });
      expect(await within(run.exited, 20_000, "exiting")).toBe(1);
      expect(run.err()).toContain("DATABASE_URL must be a postgresql:// URL");
      expect(run.out() + run.err()).not.toContain(url);
      expect(run.out() + run.err()).not.toMatch(STACK);
    }
  });

  it("exits 1 naming PORT when it is not a port number", async () => {
    const run = await npmStart({ PORT: "abc" });
    expect(await within(run.exited, 20_000, "exiting")).toBe(1);
    expect(run.err()).toContain('PORT must be a port number, got "abc"');
    expect(run.out() + run.err()).not.toMatch(STACK);
  });

  it("exits 1 at once naming a malformed variable of the web app or the worker, before starting anything", async () => {
    for (const [name, value, message] of [
      ["NEXTAUTH_SECRET", "tooshort-7f3a", /NEXTAUTH_SECRET: must be at least 32 characters/],
      ["SESSION_MAX_AGE_HOURS", "twelve", /SESSION_MAX_AGE_HOURS: /],
      ["WORKER_HEARTBEAT_SECONDS", "0", /WORKER_HEARTBEAT_SECONDS: /],
    ] as const) {
      const run = await npmStart({ [name]: value });
      expect(await within(run.exited, 20_000, "exiting")).toBe(1);
      const all = run.out() + run.err();
      expect(all).toMatch(message);
      expect(all).not.toContain("PostgreSQL");
      expect(all).not.toContain("migrations applied");
      expect(all).not.toMatch(STACK);
      if (name === "NEXTAUTH_SECRET") expect(all).not.toContain(value);
    }
  });
});
