import net from "node:net";
import { abortError, createDeadline, onAbort } from "./abort.ts";
import { failureResult, invalidConfigResult } from "./errors.ts";
import { elapsedMs, type ProbeResult, probeResult } from "./result.ts";
import { type ProbeInput, type TcpCheckInput, ZTcpCheckConfig } from "./schemas.ts";

function connect(host: string, port: number, signal: AbortSignal): Promise<net.Socket> {
  return new Promise<net.Socket>((resolve, reject) => {
    const socket = net.connect({ host, port });
    const offAbort = onAbort(signal, () => {
      socket.destroy();
      reject(abortError(signal));
    });
    socket.once("connect", () => {
      offAbort();
      resolve(socket);
    });
    socket.once("error", (err) => {
      offAbort();
      socket.destroy();
      reject(err);
    });
  });
}

/** TCP connect probe. Latency is the time to an established connection (DNS included). */
export async function runTcpProbe(input: ProbeInput<TcpCheckInput>, signal?: AbortSignal): Promise<ProbeResult> {
  const parsed = ZTcpCheckConfig.safeParse({ ...input, kind: "tcp" });
  if (!parsed.success) return invalidConfigResult(parsed.error);
  const config = parsed.data;
  const target = `${config.host}:${config.port}`;
  const deadline = createDeadline(config.timeoutMs, signal);
  const startedAt = performance.now();
  try {
    const socket = await connect(config.host, config.port, deadline.signal);
    const latencyMs = elapsedMs(startedAt);
    const details = { remoteAddress: socket.remoteAddress, remotePort: socket.remotePort };
    socket.destroy();
    if (config.degradedAboveMs !== undefined && latencyMs > config.degradedAboveMs) {
      return probeResult(
        "DEGRADED",
        latencyMs,
        `Slow connect to ${target}: ${latencyMs} ms, above the ${config.degradedAboveMs} ms threshold`,
        {
          code: "SLOW_RESPONSE",
          details,
        },
      );
    }
    return probeResult("UP", latencyMs, `Connected to ${target} in ${latencyMs} ms`, { details });
  } catch (err) {
    return failureResult(err, deadline, startedAt, target);
  }
}
