import { describe, expect, it } from "vitest";
import { recordingIo } from "../run-io.ts";
import { closedPort } from "./testing/receiver.ts";
import { failure, receivers, SECRET, signedCorrectly } from "./testing/webhook-fixtures.ts";
import { webhookProvider } from "./webhook.ts";

const receive = receivers();

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
