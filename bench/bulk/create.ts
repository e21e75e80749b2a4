// Services and HTTP checks made through the API as a client would: services one POST each, then the
// checks 1,000 a call through POST /api/v1/checks/bulk, each at /c/<n> of a local target.

export type Created = { serviceIds: string[]; servicesMs: number; checksMs: number; calls: number[] };

export async function createThroughApi(o: {
  base: string;
  token: string;
  services: number;
  perService: number;
  intervalSeconds: number;
  targetPort: number;
  say: (m: string) => void;
}): Promise<Created> {
  const headers = { authorization: `Bearer ${o.token}`, "content-type": "application/json" };
  const post = async (p: string, body: unknown) => {
    const res = await fetch(`${o.base}${p}`, { method: "POST", headers, body: JSON.stringify(body) });
    if (res.status !== 201) throw new Error(`POST ${p}: ${res.status} ${(await res.text()).slice(0, 500)}`);
    return res.json();
  };

  o.say(`creating ${o.services} services, one call each`);
  let started = performance.now();
  const serviceIds: string[] = [];
  for (let i = 0; i < o.services; i++)
    serviceIds.push((await post("/api/v1/services", { name: `Service ${String(i).padStart(5, "0")}` })).id);
  const servicesMs = performance.now() - started;

  o.say(`creating ${o.services * o.perService} checks, 1,000 a call`);
  const bodies = serviceIds.flatMap((serviceId, i) =>
    Array.from({ length: o.perService }, (_, j) => ({
      serviceId,
      name: `endpoint ${j}`,
      kind: "http",
      intervalSeconds: o.intervalSeconds,
      config: { url: `http://127.0.0.1:${o.targetPort}/c/${i * o.perService + j}` },
    })),
  );
  const calls: number[] = [];
  started = performance.now();
  for (let i = 0; i < bodies.length; i += 1000) {
    const t = performance.now();
    const out = await post("/api/v1/checks/bulk", { checks: bodies.slice(i, i + 1000) });
    calls.push(performance.now() - t);
    if (out.created !== Math.min(1000, bodies.length - i)) throw new Error(`created ${out.created}`);
  }
  return { serviceIds, servicesMs, checksMs: performance.now() - started, calls };
}
