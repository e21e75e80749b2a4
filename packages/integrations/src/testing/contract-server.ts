import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

/** A request as a contract server's handler sees it. */
export interface Incoming {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface Reply {
  status: number;
  body?: unknown;
  /** A plain-text answer instead of JSON (Slack's incoming webhooks answer "ok"). */
  text?: string;
  headers?: Record<string, string>;
}

/** What the server was asked and what it answered, for tests to assert on. */
export interface RecordedCall extends Incoming {
  status: number;
  /** Date.now() when the request arrived. */
  at: number;
}

export interface RateLimitOptions {
  /** Sent as Retry-After when given: seconds ("2") or an HTTP date. */
  retryAfter?: string;
}

export interface ContractServer {
  readonly url: string;
  readonly port: number;
  readonly calls: RecordedCall[];
  /** Answer the next `times` requests with the provider's 429. */
  rateLimitNext(times?: number, opts?: RateLimitOptions): void;
  close(): Promise<void>;
}

export interface ContractServerOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  host?: string;
  handle: (req: Incoming) => Reply | Promise<Reply>;
  rateLimited: (opts: RateLimitOptions) => Reply;
}

/** Plain node:http server that records every call and can answer 429 on demand. */
export async function startContractServer(options: ContractServerOptions): Promise<ContractServer> {
  const calls: RecordedCall[] = [];
  const limits: RateLimitOptions[] = [];

  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? "/", "http://contract.local");
    const incoming: Incoming = {
      method: req.method ?? "GET",
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      body: Buffer.concat(chunks).toString("utf8"),
    };
    const at = Date.now();
    let reply: Reply;
    try {
      const limit = limits.shift();
      reply = limit ? options.rateLimited(limit) : await options.handle(incoming);
    } catch (err) {
      reply = { status: 500, body: { error: String(err) } };
    }
    calls.push({ ...incoming, status: reply.status, at });
    const text = reply.text ?? (reply.body === undefined ? "" : JSON.stringify(reply.body));
    const type = reply.text === undefined ? "application/json" : "text/plain";
    res.writeHead(reply.status, { "content-type": `${type}; charset=utf-8`, ...reply.headers });
    res.end(text);
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://${options.host ?? "127.0.0.1"}:${port}`,
    port,
    calls,
    rateLimitNext(times = 1, opts = {}) {
      for (let i = 0; i < times; i++) limits.push(opts);
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
