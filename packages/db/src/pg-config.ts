import pg from "pg";

/** Plain pg config from a URL: discrete fields, never a connectionString (it would override `database`). */
export function pgConfigFromUrl(url: string): pg.PoolConfig {
  const u = new URL(url);
  const sslmode = u.searchParams.get("sslmode");
  return {
    host: decodeURIComponent(u.hostname),
    port: u.port ? Number(u.port) : 5432,
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: decodeURIComponent(u.pathname.replace(/^\//, "")) || "postgres",
    ssl: sslmode && sslmode !== "disable" ? { rejectUnauthorized: sslmode === "verify-full" } : undefined,
  };
}

/** The same URL pointing at another database on the same server. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}

const NAME_OID = 19;
const CHAR_OID = 18;
const TEXT_OID = 25;

function retypeFields(result: unknown): void {
  const fields = (result as { fields?: { dataTypeID: number }[] } | undefined)?.fields;
  for (const f of fields ?? []) {
    if (f.dataTypeID === NAME_OID || f.dataTypeID === CHAR_OID) f.dataTypeID = TEXT_OID;
  }
}

/**
 * pg.Client that reports catalog `name` and `"char"` columns as text, which the Prisma adapter
 * otherwise refuses (UnsupportedNativeDataType) in migrations and $queryRaw.
 */
export class CatalogSafeClient extends pg.Client {
  // biome-ignore lint/suspicious/noExplicitAny: pg's query() has many overloads
  override query(...args: any[]): any {
    const last = args[args.length - 1];
    if (typeof last === "function") {
      args[args.length - 1] = (err: Error | null, res: unknown) => {
        if (!err) retypeFields(res);
        last(err, res);
      };
    }
    // biome-ignore lint/suspicious/noExplicitAny: forwarding the overloads
    const out = (super.query as any)(...args);
    if (out && typeof out.then === "function") {
      return out.then((res: unknown) => {
        retypeFields(res);
        return res;
      });
    }
    if (out && typeof out.on === "function") out.on("end", retypeFields);
    return out;
  }
}

export const USER = "postgres";
export const PASSWORD = "postgres";

/** The URL of an embedded PostgreSQL started by Opsdeck on this machine. */
export function embeddedUrl(port: number, database: string): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}
