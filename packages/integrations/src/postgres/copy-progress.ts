import pg from "pg";

const POLL_MS = 1_000;

/**
 * Watches pg_stat_progress_copy (PostgreSQL 14 and later) for the COPY run by the session named
 * `applicationName`, reporting the table and rows passed. On older servers it reports nothing.
 */
export function watchCopyProgress(
  url: string,
  applicationName: string,
  onRows: (table: string, rows: number) => void,
): { stop(): Promise<void> } {
  const client = new pg.Client({ connectionString: url, application_name: "opsdeck-progress" });
  let stopped = false;
  let busy: Promise<unknown> = Promise.resolve();
  const connected = client.connect().then(
    () => true,
    () => false,
  );
  const poll = async () => {
    if (!(await connected) || stopped) return;
    const { rows } = await client.query<{ tbl: string; n: string }>(
      `SELECT n.nspname || '.' || c.relname AS tbl, p.tuples_processed::text AS n
         FROM pg_stat_progress_copy p
         JOIN pg_stat_activity a ON a.pid = p.pid
         JOIN pg_class c ON c.oid = p.relid JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE a.application_name = $1`,
      [applicationName],
    );
    for (const r of rows) onRows(r.tbl, Number(r.n));
  };
  const timer = setInterval(() => {
    busy = busy.then(poll).catch(() => clearInterval(timer));
  }, POLL_MS);
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await busy.catch(() => {});
      if (await connected) await client.end().catch(() => {});
    },
  };
}
