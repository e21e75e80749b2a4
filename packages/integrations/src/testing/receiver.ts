import { type ContractServer, type Incoming, type Reply, startContractServer } from "./contract-server.ts";

/** A receiver of posted messages that can be told to fail its next requests. */
export interface MessageReceiver<M> extends ContractServer {
  /** What it accepted, in order. */
  readonly messages: M[];
  /** Answer the next `times` requests with `status` (500 unless given). */
  failNext(times: number, status?: number): void;
}

/** The shared part of the Slack and webhook receivers: failures on demand, then `accept` decides. */
export async function startReceiver<M>(o: {
  port?: number;
  accept: (req: Incoming) => { reply: Reply; message?: M };
  failure: (status: number) => Reply;
}): Promise<MessageReceiver<M>> {
  const messages: M[] = [];
  const failures: number[] = [];
  const server = await startContractServer({
    port: o.port,
    handle: (req) => {
      const status = failures.shift();
      if (status !== undefined) return o.failure(status);
      const { reply, message } = o.accept(req);
      if (message !== undefined) messages.push(message);
      return reply;
    },
    rateLimited: () => o.failure(429),
  });
  return Object.assign(server, {
    messages,
    failNext(times: number, status = 500) {
      for (let i = 0; i < times; i++) failures.push(status);
    },
  });
}

export function parseObject(body: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(body);
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
