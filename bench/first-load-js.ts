// First-load JavaScript of a page, as Chromium downloads it: every script response on a cold
// load of the page after signing in, raw bytes and bytes on the wire.
// Usage: BASE=http://127.0.0.1:3000 EMAIL=… PASSWORD=… node --import tsx bench/first-load-js.ts [/path]
import { chromium } from "@playwright/test";

const base = process.env.BASE ?? "http://127.0.0.1:3000";
const target = process.argv[2] ?? "/";
const args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--no-first-run"];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args });
const context = await browser.newContext();
const login = await context.newPage();
await login.goto(`${base}/login`);
await login.getByLabel("Email").fill(process.env.EMAIL ?? "");
await login.getByLabel("Password").fill(process.env.PASSWORD ?? "");
await login.getByRole("button", { name: "Sign in" }).click();
await login.waitForURL((u) => !u.pathname.startsWith("/login"));
await login.close();

const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send("Network.enable");
await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
const scripts = new Map<string, { url: string; wire: number }>();
cdp.on("Network.responseReceived", (e) => {
  if (e.type === "Script") scripts.set(e.requestId, { url: e.response.url, wire: 0 });
});
cdp.on("Network.loadingFinished", (e) => {
  const s = scripts.get(e.requestId);
  if (s) s.wire = e.encodedDataLength;
});
const t0 = performance.now();
await page.goto(`${base}${target}`, { waitUntil: "networkidle" });
const loadMs = performance.now() - t0;
let raw = 0;
for (const id of scripts.keys()) {
  const body = await cdp.send("Network.getResponseBody", { requestId: id }).catch(() => null);
  raw += body ? Buffer.byteLength(body.body, body.base64Encoded ? "base64" : "utf8") : 0;
}
const wire = [...scripts.values()].reduce((n, s) => n + s.wire, 0);
console.log(`${target}: ${scripts.size} scripts, ${(raw / 1024).toFixed(0)} KiB raw, ${(wire / 1024).toFixed(0)} KiB on the wire, loaded in ${loadMs.toFixed(0)} ms`);
await browser.close();
