import pg from "pg";

export type ListenHandlers = {
  /** A notification's payload. */
  notify(payload: string): void;
  /** Listening (again): anything sent while the connection was down was not heard, so catch up now. */
  up(): void;
  /** The connection is gone; it is being reopened. */
  down(err: Error): void;
};

export type ListenOptions = { minDelayMs?: number; maxDelayMs?: number; probeMs?: number };

/**
 * One connection that LISTENs on `channel` for as long as it runs: reopened with backoff when the
 * database goes away, and probed every `probeMs` so a connection that died silently (a sleeping
 * network) is noticed rather than trusted.
 */
export function listenChannel(
  url: string,
  channel: string,
  on: ListenHandlers,
  opts: ListenOptions = {},
): { stop(): Promise<void> } {
  const { minDelayMs = 250, maxDelayMs = 5_000, probeMs = 15_000 } = opts;
  let client: pg.Client | null = null;
  let stopped = false;
  let delay = minDelayMs;
  let retry: NodeJS.Timeout | undefined;
  let probe: NodeJS.Timeout | undefined;
  let isUp = false;

  const lost = (c: pg.Client, err: Error) => {
    if (client !== c) return;
    client = null;
    clearInterval(probe);
    c.removeAllListeners("notification");
    c.on("error", () => {});
    c.end().catch(() => {});
    if (isUp) on.down(err);
    isUp = false;
    if (!stopped) retry = setTimeout(open, delay);
    delay = Math.min(delay * 2, maxDelayMs);
  };

  const open = async () => {
    if (stopped) return;
    const c = new pg.Client({ connectionString: url, keepAlive: true, application_name: "opsdeck live" });
    client = c;
    c.on("error", (err) => lost(c, err));
    c.on("end", () => lost(c, new Error("connection closed")));
    c.on("notification", (n) => {
      if (n.channel === channel) on.notify(n.payload ?? "");
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${pg.Client.prototype.escapeIdentifier(channel)}`);
    } catch (err) {
      lost(c, err as Error);
      return;
    }
    if (client !== c || stopped) return;
    delay = minDelayMs;
    isUp = true;
    probe = setInterval(() => {
      const timer = setTimeout(() => lost(c, new Error("probe timed out")), 5_000);
      c.query("SELECT 1").then(
        () => clearTimeout(timer),
        (err) => {
          clearTimeout(timer);
          lost(c, err);
        },
      );
    }, probeMs);
    probe.unref();
    on.up();
  };

  void open();
  return {
    async stop() {
      stopped = true;
      clearTimeout(retry);
      clearInterval(probe);
      const c = client;
      client = null;
      if (c) await c.end().catch(() => {});
    },
  };
}
