import type { TestDb } from "@opsdeck/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "../errors.ts";
import { declareIncident } from "../incident/declare.ts";
import { getIncident } from "../incident/get.ts";
import { postIncidentUpdate } from "../incident/post-update.ts";
import { resolveIncident } from "../incident/resolve.ts";
import { ctxOf, type RoleSuite, roleSuite } from "../testing.ts";
import { createPostmortem } from "./create.ts";
import { getPostmortem } from "./get.ts";
import { listDuePostmortems } from "./list-due.ts";
import { setPostmortemStatus } from "./set-status.ts";
import { updatePostmortem } from "./update.ts";

const t0 = new Date("2026-11-23T14:00:00.000Z");
const MIN = 60_000;
const HOUR = 60 * MIN;
const at = (m: number) => new Date(t0.getTime() + m * MIN);

describe("postmortem workflow", () => {
  let s: RoleSuite;
  let t: TestDb;
  const responder = () => ctxOf(s.responder);
  const liveKinds = async () => (await t.db.liveEvent.findMany({ orderBy: { id: "asc" } })).map((e) => e.kind);

  /** A resolved incident of `severity` with an update that stated the impact. */
  async function resolvedIncident(severity: "P1" | "P3" = "P1") {
    const ctx = responder();
    const i = await declareIncident({
      db: t.db,
      ctx,
      input: { title: `Checkout down ${severity}`, severity, services: ["checkout"], summary: "Card payments fail" },
      now: t0,
    });
    await postIncidentUpdate({
      db: t.db,
      ctx,
      input: { number: i.number, status: "IDENTIFIED", impact: "20 % of checkouts fail", message: "Bad deploy" },
      now: at(10),
    });
    await resolveIncident({ db: t.db, ctx, input: { number: i.number, message: "Rolled back v42" }, now: at(90) });
    return i.number;
  }

  beforeAll(async () => {
    s = await roleSuite();
    t = s.t;
    await t.db.service.create({ data: { slug: "checkout", name: "Checkout" } });
  });
  afterAll(() => t.drop());

  it("starts a prefilled draft from a resolved incident, due 48 h after resolution, on its timeline", async () => {
    const number = await resolvedIncident();
    const pm = await createPostmortem({ db: t.db, ctx: responder(), input: { number }, now: at(120) });
    expect(pm).toMatchObject({
      status: "DRAFT",
      version: 1,
      title: "Checkout down P1",
      summary: "Card payments fail",
      impact: "20 % of checkouts fail",
      resolution: "Rolled back v42",
      rootCause: "",
      dueAt: new Date(at(90).getTime() + 48 * HOUR).toISOString(),
      due: "due",
      durationMs: 90 * MIN,
      author: { id: s.responder.id },
      incident: { number, severity: "P1" },
    });
    expect(pm.timeline.split("\n")).toEqual([
      expect.stringMatching(/^- 2026-11-23 14:00 UTC — Declared P1/),
      "- 2026-11-23 14:10 UTC — Bad deploy",
      // Nobody acknowledged: resolving after 90 min was the response, late for a P1.
      "- 2026-11-23 14:15 UTC — Response target missed: not acknowledged within 15 min of detection (P1)",
      "- 2026-11-23 15:30 UTC — Rolled back v42",
    ]);
    const incident = await getIncident({ db: t.db, ctx: responder(), input: { number } });
    expect(incident.postmortemId).toBe(pm.id);
    expect(incident.events.at(-1)).toMatchObject({ kind: "postmortem", message: "Postmortem started" });
    expect((await liveKinds()).slice(-2)).toEqual(["postmortem.changed", "incident.timeline"]);
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: "postmortem.create" } });
    expect(audit).toMatchObject({ targetId: pm.id, actorId: s.responder.id });
    expect(
      (await listDuePostmortems({ db: t.db, ctx: ctxOf(s.viewer), now: at(90 + 49 * 60) })).find(
        (d) => d.incident.number === number,
      ),
    ).toMatchObject({ due: "overdue", postmortem: { id: pm.id, status: "DRAFT" } });
  });

  it("refuses an open incident, a second postmortem (naming it), and viewers", async () => {
    const open = await declareIncident({
      db: t.db,
      ctx: responder(),
      input: { title: "Still burning", severity: "P2", services: ["checkout"] },
    });
    await expect(createPostmortem({ db: t.db, ctx: responder(), input: { number: open.number } })).rejects.toThrow(
      /is not resolved/,
    );
    const number = await resolvedIncident("P3");
    await expect(createPostmortem({ db: t.db, ctx: ctxOf(s.viewer), input: { number } })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    // Two racing "Write postmortem" clicks make one postmortem; the other is told which exists.
    const results = await Promise.allSettled([
      createPostmortem({ db: t.db, ctx: responder(), input: { number } }),
      createPostmortem({ db: t.db, ctx: ctxOf(s.admin), input: { number } }),
    ]);
    const made = results.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
    expect(made).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(ConflictError);
    expect(refused.reason.message).toContain(made[0]?.id);
    expect(refused.reason.details).toEqual({ postmortemId: made[0]?.id });
    expect(made[0]).toMatchObject({ dueAt: null, due: null });
    await expect(createPostmortem({ db: t.db, ctx: responder(), input: { number: 999_999 } })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it("saves edits by version and answers a stale edit of the same field with both texts", async () => {
    const number = await resolvedIncident();
    const pm = await createPostmortem({ db: t.db, ctx: responder(), input: { number } });
    const mine = await updatePostmortem({
      db: t.db,
      ctx: responder(),
      input: { id: pm.id, expectedVersion: 1, rootCause: "Expired signing key", usersAffected: 1200 },
    });
    expect(mine).toMatchObject({ version: 2, rootCause: "Expired signing key", usersAffected: 1200 });
    // Someone still at version 1 edits another field: no conflict, saved.
    const theirs = await updatePostmortem({
      db: t.db,
      ctx: ctxOf(s.admin),
      input: { id: pm.id, expectedVersion: 1, trigger: "Monthly secret rotation" },
    });
    expect(theirs).toMatchObject({ version: 3, trigger: "Monthly secret rotation", rootCause: "Expired signing key" });
    // …and the same field with other text: refused with both texts, nothing written.
    const audit0 = await t.db.auditLog.count();
    const err = await updatePostmortem({
      db: t.db,
      ctx: ctxOf(s.admin),
      input: { id: pm.id, expectedVersion: 1, rootCause: "A bad deploy", summary: pm.summary },
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConflictError);
    expect((err as ConflictError).details).toEqual({
      conflict: { version: 3, fields: { rootCause: { theirs: "Expired signing key", yours: "A bad deploy" } } },
    });
    expect(await t.db.auditLog.count()).toBe(audit0);
    // The same text as theirs is no conflict; "keep mine" sends it again at the current version.
    await updatePostmortem({
      db: t.db,
      ctx: ctxOf(s.admin),
      input: { id: pm.id, expectedVersion: 1, rootCause: "Expired signing key" },
    });
    const kept = await updatePostmortem({
      db: t.db,
      ctx: ctxOf(s.admin),
      input: { id: pm.id, expectedVersion: 3, rootCause: "A bad deploy" },
    });
    expect(kept).toMatchObject({ version: 4, rootCause: "A bad deploy" });
    await expect(
      updatePostmortem({ db: t.db, ctx: responder(), input: { id: pm.id, expectedVersion: 9, title: "x" } }),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(
      updatePostmortem({ db: t.db, ctx: ctxOf(s.viewer), input: { id: pm.id, expectedVersion: 4, title: "x" } }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      updatePostmortem({ db: t.db, ctx: responder(), input: { id: pm.id, expectedVersion: 4, title: "  " } }),
    ).rejects.toMatchObject({ fieldErrors: { title: ["Enter a title"] } });
  });

  it("publishes only with the impact and root cause written, then refuses edits until back in draft", async () => {
    const number = await resolvedIncident();
    const pm = await createPostmortem({ db: t.db, ctx: responder(), input: { number }, now: at(120) });
    await updatePostmortem({ db: t.db, ctx: responder(), input: { id: pm.id, expectedVersion: 1, impact: "" } });
    const refused = await setPostmortemStatus({
      db: t.db,
      ctx: responder(),
      input: { id: pm.id, status: "PUBLISHED" },
    }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ValidationError);
    expect((refused as ValidationError).fieldErrors).toEqual({
      impact: ["Write the impact before publishing"],
      rootCause: ["Write the root cause before publishing"],
    });
    const review = await setPostmortemStatus({ db: t.db, ctx: responder(), input: { id: pm.id, status: "IN_REVIEW" } });
    expect(review).toMatchObject({ status: "IN_REVIEW", version: 3 });
    await updatePostmortem({
      db: t.db,
      ctx: responder(),
      input: { id: pm.id, expectedVersion: 3, impact: "All checkouts failed", rootCause: "Bad deploy" },
    });
    const now = at(200);
    const published = await setPostmortemStatus({
      db: t.db,
      ctx: responder(),
      input: { id: pm.id, status: "PUBLISHED" },
      now,
    });
    expect(published).toMatchObject({ status: "PUBLISHED", publishedAt: now.toISOString(), due: null });
    const incident = await getIncident({ db: t.db, ctx: responder(), input: { number } });
    expect(incident.events.at(-1)).toMatchObject({ kind: "postmortem", message: "Postmortem published" });
    await expect(
      setPostmortemStatus({ db: t.db, ctx: responder(), input: { id: pm.id, status: "PUBLISHED" } }),
    ).rejects.toThrow(/already published/);
    await expect(
      updatePostmortem({ db: t.db, ctx: responder(), input: { id: pm.id, expectedVersion: 5, title: "New" } }),
    ).rejects.toThrow(/move it back to draft/);
    await expect(
      setPostmortemStatus({ db: t.db, ctx: ctxOf(s.viewer), input: { id: pm.id, status: "DRAFT" } }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    const draft = await setPostmortemStatus({ db: t.db, ctx: responder(), input: { id: pm.id, status: "DRAFT" } });
    expect(draft).toMatchObject({ status: "DRAFT", publishedAt: null });
    expect(await getPostmortem({ db: t.db, ctx: ctxOf(s.viewer), input: { id: pm.id } })).toEqual(draft);
  });
});
