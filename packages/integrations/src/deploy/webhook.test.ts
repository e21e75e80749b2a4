import { afterEach, describe, expect, it } from "vitest";
import { recordingIo } from "../run-io.ts";
import { closedPort, type ReceivedRequest, type Reply, startReceiver } from "./testing/receiver.ts";
import { ProviderError } from "./types.ts";
import { webhookProvider } from "./webhook.ts";
import { verifyWebhookSignature } from "./webhook-signature.ts";

const SECRET = "whsec_test";
type Receiver = Awaited<ReturnType<typeof startReceiver>>;
let receiver: Receiver | null = null;
afterEach(async () => {
  await receiver?.close();
  receiver = null;
});

async function receive(reply: (req: ReceivedRequest) => Reply): Promise<Receiver> {
  receiver = await startReceiver(reply);
  return receiver;
}

function signedCorrectly(req: ReceivedRequest): boolean {
  return verifyWebhookSignature(SECRET, req.headers["x-opsdeck-signature"] as string, req.body, new Date(), 300);
}

function deployment(id: string, createdAt: string, live: boolean) {
  return {
    id,
    commit: `${id}-sha`,
    message: null,
    author: "ci",
    createdAt,
    state: live ? "live" : "ready",
    live,
    url: null,
  };
}

async function failure(promise: Promise<unknown>): Promise<ProviderError> {
  const err = await promise.catch((e: unknown) => e);
  expect(err).toBeInstanceOf(ProviderError);
  return err as ProviderError;
}

describe("webhookProvider rollback", () => {
  it("POSTs the signed JSON and reports the request accepted", async () => {
    const server = await receive((req) => (signedCorrectly(req) ? { status: 202 } : { status: 401 }));
    const io = { ...recordingIo(), run: { id: "run_42", requestedBy: "maria@example.com" } };
    const result = await webhookProvider({ url: server.url("/deploy"), secret: SECRET, targetName: "shop" }).rollback(
      "dpl_7",
      io,
    );
    const [request] = server.received;
    expect(request).toMatchObject({ method: "POST", path: "/deploy" });
    expect(request?.headers["content-type"]).toBe("application/json");
    const payload = JSON.parse(request?.body ?? "{}");
    expect(payload).toEqual({
      action: "rollback",
      deploymentId: "dpl_7",
      target: "shop",
      runId: "run_42",
      requestedBy: "maria@example.com",
      timestamp: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
    });
    const t = Number(/t=(\d+)/.exec(request?.headers["x-opsdeck-signature"] as string)?.[1]);
    expect(t).toBe(Math.floor(Date.parse(payload.timestamp) / 1000));
    expect(result.to).toMatchObject({ id: "dpl_7", state: "requested", live: false });
    expect(result.from).toBeNull();
    expect(result.notes[0]).toMatch(/accepted/);
    expect(io.lines).toContain("The deploy webhook accepted the rollback (202)");
  });

  it("turns a non-2xx answer into an error with the status and the start of the body", async () => {
    const server = await receive(() => ({ status: 409, body: `deploy locked ${"x".repeat(400)}`, type: "text/plain" }));
    const err = await failure(
      webhookProvider({ url: server.url("/deploy"), secret: SECRET, targetName: "shop" }).rollback(
        "dpl_7",
        recordingIo(),
      ),
    );
    expect(err.message).toBe(`The deploy webhook answered 409: deploy locked ${"x".repeat(286)}…`);
    expect(err.status).toBe(409);
    expect(err.retryable).toBe(false);
  });

  it("calls 5xx retryable and does not follow redirects", async () => {
    const server = await receive((req) =>
      req.path === "/moved" ? { status: 302, body: "" } : { status: 503, body: "upstream down" },
    );
    const down = await failure(
      webhookProvider({ url: server.url("/deploy"), secret: SECRET, targetName: "shop" }).rollback("d", recordingIo()),
    );
    expect([down.message, down.retryable]).toEqual(["The deploy webhook answered 503: upstream down", true]);
    const moved = await failure(
      webhookProvider({ url: server.url("/moved"), secret: SECRET, targetName: "shop" }).rollback("d", recordingIo()),
    );
    expect(moved.message).toBe("The deploy webhook answered 302: (empty body)");
  });

  it("gives up after the timeout and says when nothing listens", async () => {
    const server = await receive(() => "hang");
    const slow = await failure(
      webhookProvider({ url: server.url("/deploy"), secret: SECRET, targetName: "shop", timeoutMs: 200 }).rollback(
        "d",
        recordingIo(),
      ),
    );
    expect(slow.message).toBe("The deploy webhook did not answer within 0.2 s.");
    const url = `http://127.0.0.1:${await closedPort()}/deploy`;
    const refused = await failure(
      webhookProvider({ url, secret: SECRET, targetName: "shop" }).rollback("d", recordingIo()),
    );
    expect(refused.message).toBe("Could not reach the deploy webhook (ECONNREFUSED).");
  });

  it("stops waiting for the answer when the run is cancelled", async () => {
    const server = await receive(() => "hang");
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const err = await failure(
      webhookProvider({ url: server.url("/deploy"), secret: SECRET, targetName: "shop" }).rollback(
        "d",
        recordingIo(controller.signal),
      ),
    );
    expect(err.message).toBe("Cancelled while waiting for the deploy webhook.");
  });

  it("refuses bad configuration", () => {
    expect(() => webhookProvider({ url: "file:///etc/passwd", secret: SECRET, targetName: "x" })).toThrow(
      /http or https/,
    );
    expect(() => webhookProvider({ url: "https://example.com", secret: "", targetName: "x" })).toThrow(/secret/);
  });
});

describe("webhookProvider with a deployments URL", () => {
  it("lists nothing and has no current without one, asking nobody", async () => {
    const server = await receive(() => ({ status: 500 }));
    const provider = webhookProvider({ url: server.url("/deploy"), secret: SECRET, targetName: "shop" });
    expect(await provider.list()).toEqual([]);
    expect(await provider.current()).toBeNull();
    expect(server.received).toHaveLength(0);
  });

  it("GETs the list signed, fills left-out nullable fields and sorts newest first", async () => {
    const server = await receive((req) =>
      signedCorrectly(req)
        ? {
            status: 200,
            body: JSON.stringify({
              deployments: [
                deployment("old", "2024-01-01T00:00:00Z", false),
                { id: "new", createdAt: "2024-02-01T00:00:00+01:00", state: "live", live: true },
              ],
            }),
          }
        : { status: 401 },
    );
    const provider = webhookProvider({
      url: server.url("/deploy"),
      deploymentsUrl: server.url("/deployments"),
      secret: SECRET,
      targetName: "shop",
    });
    const list = await provider.list();
    expect(list.map((d) => d.id)).toEqual(["new", "old"]);
    expect(list[0]).toEqual({
      id: "new",
      commit: null,
      message: null,
      author: null,
      createdAt: "2024-02-01T00:00:00+01:00",
      state: "live",
      live: true,
      url: null,
    });
    expect(await provider.list({ limit: 1 })).toHaveLength(1);
    expect((await provider.current())?.id).toBe("new");
    expect(server.received[0]).toMatchObject({ method: "GET", path: "/deployments", body: "" });
  });

  it.each([
    [
      {
        deployments: [deployment("a", "2024-01-01T00:00:00Z", true), { id: "b", createdAt: "yesterday", live: "yes" }],
      },
      "The deployments URL answered JSON that is not { deployments: Deployment[] }: deployments[1].createdAt: Invalid ISO datetime; deployments[1].state: Invalid input: expected string, received undefined; deployments[1].live: Invalid input: expected boolean, received string",
    ],
    [
      [{ id: "a" }],
      "The deployments URL answered JSON that is not { deployments: Deployment[] }: Invalid input: expected object, received array",
    ],
  ])("says what is wrong with an invalid list", async (body, message) => {
    const server = await receive(() => ({ status: 200, body: JSON.stringify(body) }));
    const provider = webhookProvider({
      url: server.url("/deploy"),
      deploymentsUrl: server.url("/deployments"),
      secret: SECRET,
      targetName: "shop",
    });
    expect((await failure(provider.list())).message).toBe(message);
  });

  it("says when the list is not JSON or not 2xx", async () => {
    const server = await receive((req) =>
      req.path === "/html"
        ? { status: 200, body: "<html>login</html>", type: "text/html" }
        : { status: 403, body: "nope" },
    );
    const html = webhookProvider({
      url: server.url("/d"),
      deploymentsUrl: server.url("/html"),
      secret: SECRET,
      targetName: "s",
    });
    expect((await failure(html.list())).message).toBe("The deployments URL did not answer JSON: <html>login</html>");
    const denied = webhookProvider({
      url: server.url("/d"),
      deploymentsUrl: server.url("/x"),
      secret: SECRET,
      targetName: "s",
    });
    expect((await failure(denied.current())).message).toBe("The deployments URL answered 403: nope");
  });

  it("refuses an id the list does not have, before POSTing", async () => {
    const server = await receive(() => ({
      status: 200,
      body: JSON.stringify({ deployments: [deployment("a", "2024-01-01T00:00:00Z", true)] }),
    }));
    const provider = webhookProvider({
      url: server.url("/deploy"),
      deploymentsUrl: server.url("/deployments"),
      secret: SECRET,
      targetName: "shop",
    });
    expect((await failure(provider.rollback("zzz", recordingIo()))).message).toBe(
      "The deployments URL does not list zzz.",
    );
    expect(server.received.map((r) => r.method)).toEqual(["GET"]);
  });

  it("waits until the list reports the deployment live", async () => {
    let live = "b";
    let pollsAfterPost = 0;
    const server = await receive((req) => {
      if (req.method === "POST") return { status: 202 };
      if (live !== "a" && server.received.some((r) => r.method === "POST") && ++pollsAfterPost >= 3) live = "a";
      return {
        status: 200,
        body: JSON.stringify({
          deployments: [
            deployment("b", "2024-01-02T00:00:00Z", live === "b"),
            deployment("a", "2024-01-01T00:00:00Z", live === "a"),
          ],
        }),
      };
    });
    const io = recordingIo();
    const result = await webhookProvider({
      url: server.url("/deploy"),
      deploymentsUrl: server.url("/deployments"),
      secret: SECRET,
      targetName: "shop",
      pollIntervalMs: 20,
    }).rollback("a", io);
    expect(result.from?.id).toBe("b");
    expect(result.to).toMatchObject({ id: "a", live: true });
    expect(result.notes).toEqual([]);
    expect(io.lines.at(-1)).toBe("a is live");
    expect(io.fractions.at(-1)).toBe(1);
  });

  it("fails when the deployment is not reported live in time", async () => {
    const server = await receive((req) =>
      req.method === "POST"
        ? { status: 202 }
        : {
            status: 200,
            body: JSON.stringify({
              deployments: [
                deployment("b", "2024-01-02T00:00:00Z", true),
                deployment("a", "2024-01-01T00:00:00Z", false),
              ],
            }),
          },
    );
    const err = await failure(
      webhookProvider({
        url: server.url("/deploy"),
        deploymentsUrl: server.url("/deployments"),
        secret: SECRET,
        targetName: "shop",
        liveTimeoutMs: 150,
        pollIntervalMs: 20,
      }).rollback("a", recordingIo()),
    );
    expect(err.message).toBe("The deploy webhook accepted the rollback, but a was not reported live within 0.2 s.");
  });
});
