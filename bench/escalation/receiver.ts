import http from "node:http";
import type { AddressInfo } from "node:net";

/** One page as it arrived: the incident's number, the person it was for, and when. */
export type Delivery = { number: number; to: string; at: number };

/**
 * The phone bridge the pages go to: an HTTP server taking Opsdeck's signed page webhooks (JSON with
 * `to` and `incident.number`) and recording when each arrived. It answers 200 at once.
 */
export async function startPageReceiver() {
  const deliveries: Delivery[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const at = Date.now();
      try {
        const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { to: string; incident: { number: number } };
        if (!req.headers["x-opsdeck-signature"]) throw new Error("unsigned");
        deliveries.push({ number: body.incident.number, to: body.to, at });
        res.writeHead(200).end("ok");
      } catch {
        res.writeHead(400).end("bad page");
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/page`,
    deliveries,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
