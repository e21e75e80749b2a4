import type { Deployment } from "@opsdeck/integrations";
import type { ActionKind, Db } from "@opsdeck/db";
import { ConflictError, NotFoundError, ValidationError } from "../errors.ts";
import { actionsFor } from "./kinds.ts";
import { deployProviderFor, recentDeployments } from "./providers.ts";
import { PARAMS } from "./schemas.ts";
import { type ActionDeps, configOf, credentialOf, databaseNameOf, type TargetRow } from "./targets.ts";
import type { z } from "zod";
import { safeParseInput } from "../validate.ts";

/** The kind's params, with field errors under "params.…" as the request names them. */
function parseParams<S extends (typeof PARAMS)[keyof typeof PARAMS]>(schema: S, raw: unknown) {
  const r = safeParseInput(schema, raw);
  if (r.success) return r.data as z.output<S>;
  throw new ValidationError(
    Object.fromEntries(Object.entries(r.fieldErrors).map(([k, v]) => [k === "_form" ? "params" : `params.${k}`, v])),
  );
}

export type Plan = { params: Record<string, unknown>; summary: string };

const describe = (d: Deployment | null | undefined): string =>
  d ? `${d.id}${d.commit ? ` (${d.commit.slice(0, 7)})` : ""}` : "nothing live";

const stamp = (d: Date): string => d.toISOString().replace(/\D/g, "").slice(0, 12);

/** Which deployment a rollback makes live: the one asked for, or the newest one older than the live one. */
export function chooseRollback(
  deployments: Deployment[],
  wanted?: string,
): { from: Deployment | null; to: Deployment } {
  const from = deployments.find((d) => d.live) ?? null;
  if (wanted) {
    const to = deployments.find((d) => d.id === wanted);
    if (!to)
      throw new ValidationError({
        "params.deploymentId": [`No deployment ${wanted} among the target's recent deployments`],
      });
    if (to.live) throw new ConflictError(`${wanted} is already live: nothing to roll back`);
    return { from, to };
  }
  const liveAt = from ? deployments.indexOf(from) : -1;
  const to = deployments.slice(liveAt + 1).find((d) => !d.live);
  if (!to) throw new ValidationError({ "params.deploymentId": ["There is no earlier deployment to roll back to"] });
  return { from, to };
}

async function backupOf(db: Db, target: TargetRow, backupId: string) {
  const b = await db.backup.findUnique({ where: { id: backupId } });
  if (!b || b.targetId !== target.id) throw new NotFoundError("No such backup of this target");
  if (b.deletedAt) throw new ConflictError("That backup's file was removed");
  return b;
}

/**
 * Check a request against the target's present state and say, in one line, what it will do: the
 * requester's confirmation and the approver's decision both read this summary.
 */
export async function planAction(
  db: Db,
  deps: ActionDeps,
  kind: ActionKind,
  target: TargetRow,
  raw: unknown,
  now: Date,
): Promise<Plan> {
  if (!actionsFor(target.kind).includes(kind))
    throw new ValidationError({
      kind: [`A ${target.kind.toLowerCase()} target offers ${actionsFor(target.kind).join(", ").toLowerCase()}`],
    });
  switch (kind) {
    case "ROLLBACK": {
      const p = parseParams(PARAMS.ROLLBACK, raw);
      const provider = await deployProviderFor(db, deps, target);
      const { from, to } = chooseRollback(await recentDeployments(provider, 50), p.deploymentId);
      // On Vercel, going forward again (undoing a rollback) is a promote, which also resumes assigning new deployments.
      const promote =
        target.kind === "VERCEL" && from !== null && Date.parse(to.createdAt) > Date.parse(from.createdAt);
      return {
        params: { deploymentId: to.id, fromDeploymentId: from?.id ?? null, ...(promote ? { promote: true } : {}) },
        summary: promote
          ? `Promote on ${target.name} (undo the rollback): ${describe(from)} → ${describe(to)}`
          : `Roll back ${target.name}: ${describe(from)} → ${describe(to)}`,
      };
    }
    case "BACKUP": {
      parseParams(PARAMS.BACKUP, raw);
      const dbName = databaseNameOf(await credentialOf(db, deps, target));
      return { params: {}, summary: `Back up database ${dbName} (${target.name})` };
    }
    case "VERIFY": {
      const p = parseParams(PARAMS.VERIFY, raw);
      const b = await backupOf(db, target, p.backupId);
      return {
        params: p,
        summary: `Verify the backup of ${b.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC (${target.name})`,
      };
    }
    case "RESTORE": {
      const p = parseParams(PARAMS.RESTORE, raw);
      const b = await backupOf(db, target, p.backupId);
      const dbName = databaseNameOf(await credentialOf(db, deps, target));
      if (p.confirm !== dbName)
        throw new ValidationError({ "params.confirm": [`Type the database name, ${dbName}, to confirm`] });
      const when = `${b.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC`;
      if (p.mode === "in-place")
        return {
          params: { backupId: b.id, mode: "in-place" },
          summary: `Restore ${dbName} in place from the backup of ${when} (a safety backup is taken first)`,
        };
      const newDatabase = p.newDatabase ?? `${dbName.slice(0, 40)}_restored_${stamp(now)}`;
      if (newDatabase === dbName)
        throw new ValidationError({ "params.newDatabase": ["Choose a name other than the live database's"] });
      return {
        params: { backupId: b.id, mode: "new", newDatabase },
        summary: `Restore the backup of ${when} into a new database ${newDatabase} (${dbName} is left as it is)`,
      };
    }
    case "REPLAY": {
      const p = parseParams(PARAMS.REPLAY, raw);
      const ids = [...new Set(p.eventIds)];
      return {
        params: { endpointId: p.endpointId, eventIds: ids },
        summary: `Resend ${ids.length} Stripe event${ids.length === 1 ? "" : "s"} to ${p.endpointId} (best effort)`,
      };
    }
  }
}

export { configOf };
