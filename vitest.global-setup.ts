import { startTestServer } from "./packages/db/src/testing.ts";

export default async function setup() {
  const server = await startTestServer();
  process.env.OPSDECK_TEST_SERVER_URL = server.serverUrl;
  return async () => {
    await server.stop();
  };
}
