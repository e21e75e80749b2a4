// The test OpenID Connect provider as a process: `node --import tsx apps/web/e2e/oidc/server.ts <port>`.
// The client comes from OIDC_CLIENT_ID, OIDC_CLIENT_SECRET and OIDC_REDIRECT_URI; the defaults match
// apps/web/playwright.config.ts.
import { createOidcProvider } from "./provider.ts";

const port = Number(process.argv[2]);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error("usage: node --import tsx apps/web/e2e/oidc/server.ts <port>");
  process.exit(2);
}

const issuer = `http://127.0.0.1:${port}`;
const server = createOidcProvider({
  issuer,
  clients: [
    {
      clientId: process.env.OIDC_CLIENT_ID ?? "opsdeck-e2e",
      clientSecret: process.env.OIDC_CLIENT_SECRET ?? "opsdeck-e2e-client-secret",
      redirectUris: [process.env.OIDC_REDIRECT_URI ?? "http://127.0.0.1:31300/api/auth/callback/oidc"],
    },
  ],
});

server.on("error", (err) => {
  console.error(`OIDC provider: ${err.message}`);
  process.exit(1);
});
server.listen(port, "127.0.0.1", () => console.log(`OIDC READY ${issuer}`));

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    server.closeAllConnections();
    server.close(() => process.exit(0));
  });
}
