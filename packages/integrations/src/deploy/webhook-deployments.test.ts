import { describe, expect, it } from "vitest";
import { recordingIo } from "../run-io.ts";
import { deployment, failure, receivers, SECRET, signedCorrectly } from "./testing/webhook-fixtures.ts";
import { webhookProvider } from "./webhook.ts";

const receive = receivers();

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
