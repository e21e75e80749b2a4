// N apps exposing Prometheus request metrics, run as their own process so that their CPU is not the
// sampler's. Each records a few requests every second. Prints "URLS <json>"; exits when stdin closes.
import { startPrometheusServer } from "@opsdeck/integrations/testing/prometheus-server";

const n = Number(process.argv[2] ?? 20);
const apps = await Promise.all(Array.from({ length: n }, () => startPrometheusServer()));
const timer = setInterval(() => {
  for (const [i, app] of apps.entries()) {
    for (let k = 0; k < 5; k++) app.metrics.observe("/", 200, 0.02 + k * 0.03);
    if (i % 4 === 0) app.metrics.observe("/cart", 500, 0.4, "POST");
  }
}, 1_000);
console.log(`URLS ${JSON.stringify(apps.map((a) => a.url))}`);

const stop = async () => {
  clearInterval(timer);
  await Promise.all(apps.map((a) => a.close()));
  process.exit(0);
};
process.stdin.on("end", () => void stop()).resume();
process.on("SIGTERM", () => void stop());
