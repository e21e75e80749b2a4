import type { Db } from "@opsdeck/db";
import { type Problem, problem } from "@opsdeck/integrations";
import { targetSecretName } from "../action/target-labels.ts";
import { readSecret } from "../secrets/store.ts";
import { type DatabaseSourceKind, databaseRef, parseDatabaseRef } from "./refs.ts";

/** A database the product already knows of, and where its connection URL comes from. */
export type DatabaseSource = {
  ref: string;
  kind: DatabaseSourceKind;
  sourceId: string;
  /** The check's or the target's name. */
  name: string;
  service: { slug: string; name: string } | null;
  /** A URL written in the check's settings, else the secret that holds it. */
  url: string | null;
  secretName: string | null;
};

const SERVICE = { select: { slug: true, name: true } } as const;

const checkSource = (c: {
  id: string;
  name: string;
  config: unknown;
  service: { slug: string; name: string };
}): DatabaseSource => {
  const config = (c.config ?? {}) as { url?: unknown; connectionSecret?: unknown };
  return {
    ref: databaseRef("check", c.id),
    kind: "check",
    sourceId: c.id,
    name: c.name,
    service: c.service,
    url: typeof config.url === "string" ? config.url : null,
    secretName: typeof config.connectionSecret === "string" ? config.connectionSecret : null,
  };
};

const targetSource = (t: {
  id: string;
  name: string;
  secretName: string | null;
  service: { slug: string; name: string } | null;
}): DatabaseSource => ({
  ref: databaseRef("target", t.id),
  kind: "target",
  sourceId: t.id,
  name: t.name,
  service: t.service,
  url: null,
  secretName: t.secretName ?? targetSecretName(t.id),
});

/** Every monitored database: each postgres check's and each Postgres target's connection. */
export async function listDatabaseSources(db: Db): Promise<DatabaseSource[]> {
  const [checks, targets] = await Promise.all([
    db.check.findMany({
      where: { kind: "POSTGRES" },
      select: { id: true, name: true, config: true, service: SERVICE },
      orderBy: [{ service: { name: "asc" } }, { name: "asc" }],
    }),
    db.target.findMany({
      where: { kind: "POSTGRES" },
      select: { id: true, name: true, secretName: true, service: SERVICE },
      orderBy: { name: "asc" },
    }),
  ]);
  return [...checks.map(checkSource), ...targets.map(targetSource)];
}

export async function findDatabaseSource(db: Db, ref: string): Promise<DatabaseSource | null> {
  const parsed = parseDatabaseRef(ref);
  if (!parsed) return null;
  if (parsed.kind === "check") {
    const c = await db.check.findFirst({
      where: { id: parsed.id, kind: "POSTGRES" },
      select: { id: true, name: true, config: true, service: SERVICE },
    });
    return c && checkSource(c);
  }
  const t = await db.target.findFirst({
    where: { id: parsed.id, kind: "POSTGRES" },
    select: { id: true, name: true, secretName: true, service: SERVICE },
  });
  return t && targetSource(t);
}

/** The source's connection URL, decrypted here and never returned to a browser; or why there is none. */
export async function connectionUrlOf(
  db: Db,
  secretKey: Buffer | undefined,
  source: DatabaseSource,
): Promise<{ ok: true; url: string } | { ok: false; problem: Problem }> {
  if (source.url) return { ok: true, url: source.url };
  const name = source.secretName;
  if (!name) return { ok: false, problem: problem("NO_CREDENTIAL", `${source.name} names no connection URL`) };
  if (!secretKey)
    return {
      ok: false,
      problem: problem("NO_CREDENTIAL", `This process has no OPSDECK_SECRET_KEY to decrypt secret "${name}"`),
    };
  try {
    const url = await readSecret(db, secretKey, name);
    if (url) return { ok: true, url };
    return {
      ok: false,
      problem: problem("NO_CREDENTIAL", `Secret "${name}" holding the connection URL is not set`),
    };
  } catch {
    return {
      ok: false,
      problem: problem("NO_CREDENTIAL", `Secret "${name}" cannot be decrypted with this server's OPSDECK_SECRET_KEY`),
    };
  }
}
