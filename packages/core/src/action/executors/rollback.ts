import type { VercelProvider } from "@opsdeck/integrations";
import { deployProviderFor } from "../providers.ts";
import type { Executor } from "./types.ts";

/** Make the planned deployment live through the target's provider, which waits until it is (or failed). */
export const runRollback: Executor = async ({ db, run, io, deps }) => {
  const to = String(run.params.deploymentId);
  const provider = await deployProviderFor(db, deps, run.target);
  io.log(`Rolling back ${run.target.name} (${provider.kind}) to ${to}`);
  const r =
    run.params.promote === true && "promote" in provider && typeof provider.promote === "function"
      ? await (provider as VercelProvider).promote(to, io)
      : await provider.rollback(to, io);
  io.log(`Live now: ${r.to.id}${r.to.commit ? ` (${r.to.commit.slice(0, 7)})` : ""}`);
  for (const n of r.notes) io.log(`Note: ${n}`);
  return { from: r.from, to: r.to, notes: r.notes };
};
