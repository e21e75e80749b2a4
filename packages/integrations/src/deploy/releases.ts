import path from "node:path";
import type { RunIo } from "../run-io.ts";
import { currentReleaseName, readReleases } from "./releases-read.ts";
import { assertReleaseDir, switchCurrent } from "./releases-switch.ts";
import { runRestartCommand } from "./restart-command.ts";
import { type DeployProvider, type Deployment, ProviderError, type RollbackResult } from "./types.ts";

export interface ReleasesProviderOptions {
  /** The deploy root holding `releases/<id>/` and the `current` symlink (Capistrano's `deploy_to`). */
  root: string;
  /** Run with `/bin/sh -c` in the root after switching; set by an admin in the server's environment only. */
  restartCommand?: string;
  /** Default 120 s. */
  restartTimeoutMs?: number;
  /** Extra variables for the restart command, on top of PATH, HOME, LANG and the OPSDECK_RELEASE_* ones. */
  restartEnv?: Record<string, string>;
}

const DEFAULT_RESTART_TIMEOUT_MS = 120_000;
/** The restart command gets these from the worker's environment and nothing else (no database URL, no keys). */
const INHERITED_ENV = ["PATH", "HOME", "LANG", "LC_ALL", "USER", "LOGNAME", "TZ"] as const;

/** A Capistrano or Deployer style releases directory on this machine. */
export function releasesProvider(opts: ReleasesProviderOptions): DeployProvider {
  const root = path.resolve(opts.root);
  return {
    kind: "releases",
    async list({ limit, signal } = {}) {
      const releases = await readReleases(root, signal);
      return limit === undefined ? releases : releases.slice(0, Math.max(0, limit));
    },
    async current({ signal } = {}) {
      const name = await currentReleaseName(root);
      if (name === null) return null;
      return (await readReleases(root, signal)).find((d) => d.id === name) ?? null;
    },
    rollback: (id, io) => rollback(root, opts, id, io),
  };
}

async function rollback(root: string, opts: ReleasesProviderOptions, id: string, io: RunIo): Promise<RollbackResult> {
  io.progress(0, "checking the release");
  await assertReleaseDir(root, id);
  const releases = await readReleases(root);
  const target = releases.find((d) => d.id === id);
  if (!target) throw new ProviderError(`There is no release ${id} in ${path.join(root, "releases")}.`);
  const from = releases.find((d) => d.live) ?? null;
  if (io.signal.aborted) throw new ProviderError("Cancelled before current was switched; nothing changed.");

  const notes: string[] = [];
  if (from?.id === id) {
    io.log(`current already points at ${id}`);
    notes.push(`current already pointed at ${id}; nothing was switched.`);
  } else {
    await switchCurrent(root, id);
    io.log(`current now points at releases/${id} (was ${from ? from.id : "nothing"})`);
  }
  io.progress(0.4, "switched");

  const to: Deployment = { ...target, live: true, state: "live" };
  if (!opts.restartCommand) {
    notes.push(
      "No restart command is configured: processes that resolved current before the switch keep serving the old release until they restart.",
    );
    io.progress(1);
    return { from, to, notes };
  }

  io.log("Running the restart command");
  const outcome = await runRestartCommand({
    command: opts.restartCommand,
    cwd: root,
    env: restartEnv(root, id, from, opts.restartEnv),
    timeoutMs: opts.restartTimeoutMs ?? DEFAULT_RESTART_TIMEOUT_MS,
    signal: io.signal,
    onLine: (line) => io.log(line),
  });
  if (!outcome.ok) {
    throw new ProviderError(`current now points at ${id}, but the restart command ${outcome.reason}.`);
  }
  io.log("The restart command finished");
  io.progress(1);
  return { from, to, notes };
}

function restartEnv(
  root: string,
  id: string,
  from: Deployment | null,
  extra: Record<string, string> = {},
): NodeJS.ProcessEnv {
  const env: Record<string, string | undefined> = {};
  for (const name of INHERITED_ENV) if (process.env[name] !== undefined) env[name] = process.env[name];
  // A cast: Next's types make ProcessEnv require NODE_ENV, which the command deliberately does not get.
  return {
    ...env,
    OPSDECK_RELEASE: id,
    OPSDECK_RELEASE_PATH: path.join(root, "releases", id),
    OPSDECK_PREVIOUS_RELEASE: from?.id ?? "",
    ...extra,
  } as unknown as NodeJS.ProcessEnv;
}
