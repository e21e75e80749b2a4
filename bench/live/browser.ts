// One real Overview in Debian's Chromium: bytes it receives, and when a check's tile shows a state.
import { type Browser, chromium, type Page } from "@playwright/test";

const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--no-first-run",
];

export type LiveOverview = {
  /** Bytes received by the page (every request, the event stream included) since the last call. */
  takeBytes(): number;
  mode(): Promise<string | null>;
  /** Epoch ms at which the tile of `name` first showed `state` (polled every animation frame). */
  shownAt(name: string, state: string, timeoutMs: number): Promise<number>;
  close(): Promise<void>;
};

/** Debian's Chromium (or CHROMIUM_PATH), headless, with the benches' flags. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ARGS });
}

/** Sign in through the form; resolves with the ms from pressing "Sign in" to leaving /login. */
export async function signIn(page: Page, base: string, who: { email: string; password: string }): Promise<number> {
  await page.goto(`${base}/login`);
  await page.getByLabel("Email").fill(who.email);
  await page.getByLabel("Password").fill(who.password);
  const t0 = performance.now();
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((u) => !u.pathname.startsWith("/login"), { waitUntil: "commit" });
  return performance.now() - t0;
}

export async function openOverview(base: string, who: { email: string; password: string }): Promise<LiveOverview> {
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page: Page = await context.newPage();
  await signIn(page, base, who);
  await page.waitForLoadState("load");
  if (new URL(page.url()).pathname !== "/") await page.goto(`${base}/`);
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  let bytes = 0;
  cdp.on("Network.dataReceived", (e) => {
    bytes += e.encodedDataLength || e.dataLength;
  });
  await page.getByTestId("freshness").first().waitFor();
  return {
    takeBytes: () => {
      const b = bytes;
      bytes = 0;
      return b;
    },
    mode: () => page.getByTestId("freshness").first().getAttribute("data-mode"),
    shownAt: async (name, state, timeoutMs) => {
      const handle = await page.waitForFunction(
        ([n, s]) => {
          const tile = document.querySelector(`[data-testid="check-tile"][data-check-name="${n}"]`);
          return tile?.getAttribute("data-state") === s ? performance.timeOrigin + performance.now() : null;
        },
        [name, state] as const,
        { polling: "raf", timeout: timeoutMs },
      );
      return (await handle.jsonValue()) as number;
    },
    close: () => browser.close(),
  };
}
