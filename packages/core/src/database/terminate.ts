import type { Db } from "@opsdeck/db";
import { classifyPgError, findBackend, terminateBackendPid, withPgSession } from "@opsdeck/integrations";
import { recordAudit } from "../audit/record.ts";
import { ConflictError, DomainError, NotFoundError, UpstreamError } from "../errors.ts";
import { publishLive } from "../live/publish.ts";
import { type AnyCtx, assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import type { TerminatedDto } from "./dto.ts";
import { loadDatabase } from "./list.ts";
import { type TTerminateBackend, ZTerminateBackend } from "./schemas.ts";
import { connectionUrlOf } from "./sources.ts";

const QUERY_IN_AUDIT = 500;

function refusal(err: unknown, pid: number, address: string): never {
  if (err instanceof DomainError) throw err;
  const code = (err as { code?: string })?.code;
  if (code === "42501")
    throw new UpstreamError(
      `PostgreSQL refused to terminate pid ${pid}: the monitoring role needs pg_signal_backend, and only a superuser may end a superuser's backend`,
    );
  throw new UpstreamError(classifyPgError(err, address, 5_000).message);
}

/**
 * End one client backend of a monitored database with pg_terminate_backend (ADMIN). The backend is
 * looked up first (it must be connected to this database and, given `backendStart`, be the same
 * connection); the audit row and the live event are written in the transaction that sends the signal,
 * so a refused or failed termination leaves no record. Concurrent requests for one pid queue on a lock,
 * and the later one finds it gone.
 */
export async function terminateBackend({
  db,
  ctx,
  input,
  deps,
}: {
  db: Db;
  ctx: AnyCtx;
  input: TTerminateBackend;
  deps: { secretKey?: Buffer };
}): Promise<TerminatedDto> {
  assertRole(ctx, "ADMIN");
  const q = parseInput(ZTerminateBackend, input);
  const { source } = await loadDatabase(db, q.id);
  const url = await connectionUrlOf(db, deps.secretKey, source);
  if (!url.ok) throw new UpstreamError(url.problem.message);
  const r = await withPgSession(
    url.url,
    (s) =>
      db
        .$transaction(
          async (tx) => {
            await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`opsdeck:terminate:${q.id}:${q.pid}`}))`;
            const b = await findBackend(s.client, q.pid);
            if (!b?.here) throw new NotFoundError(`No client backend with pid ${q.pid} is connected to ${source.name}`);
            if (q.backendStart && b.backendStart && Date.parse(q.backendStart) !== Date.parse(b.backendStart))
              throw new ConflictError(
                `pid ${q.pid} is now another connection (started ${b.backendStart}): nothing was terminated`,
              );
            await recordAudit(tx, ctx, {
              action: "database.terminate_backend",
              targetType: "Database",
              targetId: q.id,
              before: { ...b, query: b.query?.slice(0, QUERY_IN_AUDIT) ?? null, database: source.name },
            });
            await publishLive(tx, "database.changed", { id: q.id });
            if (!(await terminateBackendPid(s.client, s.info, q.pid)))
              throw new ConflictError(`pid ${q.pid} had already ended`);
            return { pid: q.pid, terminated: true as const, user: b.user, application: b.application };
          },
          { timeout: 20_000, maxWait: 10_000 },
        )
        .catch((err: unknown) => refusal(err, q.pid, s.info.address)),
    { readOnly: false },
  );
  if (!r.ok) throw new UpstreamError(r.problem.message);
  return r.value;
}
