import type http from "node:http";
import net from "node:net";
import type tls from "node:tls";

/** Test-only helpers: local servers on 127.0.0.1 with ephemeral ports. */
export async function listen(server: net.Server): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("server has no port");
  return address.port;
}

export type Running = { port: number; close(): Promise<void> };

/** Listen and track sockets, so close() also ends connections a probe left hanging. */
export async function start(server: net.Server | http.Server | tls.Server): Promise<Running> {
  const sockets = new Set<net.Socket>();
  const track = (socket: net.Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  };
  server.on("connection", track);
  const port = await listen(server);
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A TCP server that runs `onSocket` for each connection (default: accept and stay silent). */
export function startTcp(onSocket: (socket: net.Socket) => void = () => {}): Promise<Running> {
  return start(net.createServer({ pauseOnConnect: false }, onSocket));
}

/** A port that was free a moment ago, so connecting to it is refused. */
export async function closedPort(): Promise<number> {
  const server = net.createServer();
  const port = await listen(server);
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
