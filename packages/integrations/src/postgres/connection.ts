/** A connection URL with its password replaced, for logs and results. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    for (const name of ["password", "sslpassword"]) if (u.searchParams.has(name)) u.searchParams.set(name, "***");
    return u.toString();
  } catch {
    return "(unparseable connection URL)";
  }
}

/** Removes every URL in free text from a program's output, such as a connection string in an error. */
export function redactText(text: string): string {
  return text.replace(/postgres(?:ql)?:\/\/[^\s"']+/g, (m) => redactUrl(m));
}

/** The database a URL names ("postgres" when it names none). */
export function databaseOf(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, "")) || "postgres";
}

/** The same URL pointing at another database on the same server. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}

/** node-postgres-only sslmode words mapped to libpq's. */
const SSLMODES: Record<string, string> = { "no-verify": "require", true: "require", false: "disable" };

/**
 * Environment for pg_dump / pg_restore from a URL: every connection setting, the password included,
 * travels in PG* variables so that no command line (visible in `ps`) carries a secret.
 */
export function libpqEnv(url: string, applicationName: string): Record<string, string | undefined> {
  const u = new URL(url);
  const env: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith("PG")) env[k] = v;
  env.PGHOST = decodeURIComponent(u.hostname).replace(/^\[(.*)\]$/, "$1") || "localhost";
  env.PGPORT = u.port || "5432";
  if (u.username) env.PGUSER = decodeURIComponent(u.username);
  const password = u.password ? decodeURIComponent(u.password) : u.searchParams.get("password");
  if (password) env.PGPASSWORD = password;
  const sslmode = u.searchParams.get("sslmode") ?? (u.searchParams.get("ssl") === "true" ? "require" : null);
  if (sslmode) env.PGSSLMODE = SSLMODES[sslmode] ?? sslmode;
  env.PGAPPNAME = applicationName;
  env.PGCONNECT_TIMEOUT = "15";
  return env;
}

/** A `--dbname` value that libpq never mistakes for a connection string, whatever the name holds. */
export function dbnameArg(database: string): string {
  return `--dbname=dbname='${database.replaceAll("\\", "\\\\").replaceAll("'", "\\'")}'`;
}

/** `"schema"."table"` for SQL. */
export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
