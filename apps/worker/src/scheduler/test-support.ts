import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Db } from "@opsdeck/db";

/** Per-path behaviour of the target: status codes to answer in turn (the last one repeats), or hang/reset. */
export type Behaviour = number[] | "hang" | "reset";

/** A local HTTP target counting hits per check seq (paths are /c/<seq>). */
export async function startTarget(behaviours: Map<number, Behaviour> = new Map()) {
  const hits = new Map<number, number>();
  const server = http.createServer((req, res) => {
    const seq = Number(/^\/c\/(\d+)/.exec(req.url ?? "")?.[1]);
    const n = (hits.get(seq) ?? 0) + 1;
    hits.set(seq, n);
    const b = behaviours.get(seq) ?? [200];
    if (b === "hang") return;
    if (b === "reset") return req.socket.resetAndDestroy();
    res.writeHead(b[Math.min(n, b.length) - 1] ?? 200).end("ok");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    hits,
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** `count` HTTP checks of one service pointing at the target; returns their seqs in order. */
export async function seedChecks(db: Db, port: number, count: number, intervalSeconds: number, timeoutMs = 1_000) {
  const service = await db.service.create({ data: { slug: `svc-${Date.now()}`, name: "Target" } });
  const checks = [];
  for (let i = 0; i < count; i++) {
    const c = await db.check.create({
      data: {
        serviceId: service.id,
        name: `check ${i}`,
        kind: "HTTP",
        config: { kind: "http", url: "http://127.0.0.1/" },
        intervalSeconds,
        timeoutMs,
      },
    });
    await db.$executeRaw`UPDATE "Check" SET config = ${JSON.stringify({ kind: "http", url: `http://127.0.0.1:${port}/c/${c.seq}` })}::jsonb WHERE id = ${c.id}`;
    checks.push({ id: c.id, seq: c.seq, shard: c.shard, serviceId: service.id });
  }
  return checks;
}

/** Results per check seq, and any (check, slot) written more than once. */
export async function resultSummary(db: Db) {
  const perCheck = await db.$queryRaw<{ seq: number; n: number; first: Date; last: Date }[]>`
    SELECT "checkSeq" AS seq, count(*)::int AS n, min(at) AS first, max(at) AS last FROM "CheckResult" GROUP BY 1`;
  const duplicates = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM (SELECT 1 FROM "CheckResult" GROUP BY "checkSeq", at HAVING count(*) > 1) d`;
  return { perCheck: new Map(perCheck.map((r) => [r.seq, r])), duplicates: duplicates[0]?.n ?? 0 };
}
