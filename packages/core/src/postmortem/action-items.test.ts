import type { TestDb } from "@opsdeck/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, NotFoundError, ValidationError } from "../errors.ts";
import { declareIncident } from "../incident/declare.ts";
import { resolveIncident } from "../incident/resolve.ts";
import { ctxOf, makeUser, type RoleSuite, roleSuite } from "../testing.ts";
import { addActionItem } from "./add-action-item.ts";
import { createPostmortem } from "./create.ts";
import { deleteActionItem } from "./delete-action-item.ts";
import { getPostmortem } from "./get.ts";
import { listActionItems } from "./list-action-items.ts";
import { renderPostmortemMarkdown } from "./markdown.ts";
import { updateActionItem } from "./update-action-item.ts";
import { updatePostmortem } from "./update.ts";

const t0 = new Date("2026-11-23T14:00:00.000Z");
const DAY = 86_400_000;

describe("postmortem action items and export", () => {
  let s: RoleSuite;
  let t: TestDb;
  let pmId: string;
  let number: number;
  const ctx = () => ctxOf(s.responder);

  beforeAll(async () => {
    s = await roleSuite();
    t = s.t;
    await t.db.service.create({ data: { slug: "api", name: "API" } });
    const i = await declareIncident({
      db: t.db,
      ctx: ctx(),
      input: { title: "API down", severity: "P0", services: ["api"] },
      now: t0,
    });
    await resolveIncident({
      db: t.db,
      ctx: ctx(),
      input: { number: i.number },
      now: new Date(t0.getTime() + 150 * 60_000),
    });
    number = i.number;
    pmId = (await createPostmortem({ db: t.db, ctx: ctx(), input: { number }, now: t0 })).id;
  });
  afterAll(() => t.drop());

  it("adds, edits and deletes action items, each an audit row, a live event and a new version", async () => {
    const live0 = (await t.db.liveEvent.findFirst({ orderBy: { id: "desc" } }))?.id ?? 0n;
    const item = await addActionItem({
      db: t.db,
      ctx: ctx(),
      input: {
        postmortemId: pmId,
        kind: "DETECT",
        title: "Alert on 5xx rate",
        ownerId: s.responder.id,
        dueDate: "2026-11-30",
        url: "https://tracker.example.com/OPS-1",
      },
      now: t0,
    });
    expect(item).toMatchObject({
      kind: "DETECT",
      status: "OPEN",
      owner: { id: s.responder.id },
      dueDate: "2026-11-30T23:59:59.999Z",
      url: "https://tracker.example.com/OPS-1",
      overdue: false,
    });
    const changed = await updateActionItem({
      db: t.db,
      ctx: ctx(),
      input: { id: item.id, status: "IN_PROGRESS", dueDate: null, url: "" },
    });
    expect(changed).toMatchObject({ status: "IN_PROGRESS", dueDate: null, url: null, title: "Alert on 5xx rate" });
    expect((await getPostmortem({ db: t.db, ctx: ctx(), input: { id: pmId } })).version).toBe(3);
    await deleteActionItem({ db: t.db, ctx: ctx(), input: { id: item.id } });
    const live = await t.db.liveEvent.findMany({ where: { id: { gt: live0 } }, orderBy: { id: "asc" } });
    expect(live.map((e) => [e.kind, (e.payload as { version: number }).version])).toEqual([
      ["postmortem.changed", 2],
      ["postmortem.changed", 3],
      ["postmortem.changed", 4],
    ]);
    expect(
      (await t.db.auditLog.findMany({ where: { targetId: item.id }, orderBy: { createdAt: "asc" } })).map(
        (a) => a.action,
      ),
    ).toEqual(["action_item.create", "action_item.change", "action_item.delete"]);
  });

  it("refuses viewers, owners who are viewers, bad links and a second delete", async () => {
    const input = { postmortemId: pmId, title: "Runbook step" };
    await expect(addActionItem({ db: t.db, ctx: ctxOf(s.viewer), input })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      addActionItem({ db: t.db, ctx: ctx(), input: { ...input, ownerId: s.viewer.id } }),
    ).rejects.toMatchObject({ fieldErrors: { ownerId: [expect.stringMatching(/responder or an admin/)] } });
    await expect(
      addActionItem({ db: t.db, ctx: ctx(), input: { ...input, url: "javascript:alert(1)" } }),
    ).rejects.toBeInstanceOf(ValidationError);
    const item = await addActionItem({ db: t.db, ctx: ctx(), input });
    await expect(
      updateActionItem({ db: t.db, ctx: ctxOf(s.viewer), input: { id: item.id, status: "DONE" } }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(deleteActionItem({ db: t.db, ctx: ctxOf(s.viewer), input: { id: item.id } })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    const twice = await Promise.allSettled([
      deleteActionItem({ db: t.db, ctx: ctx(), input: { id: item.id } }),
      deleteActionItem({ db: t.db, ctx: ctx(), input: { id: item.id } }),
    ]);
    expect(twice.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect((twice.find((r) => r.status === "rejected") as PromiseRejectedResult).reason).toBeInstanceOf(NotFoundError);
  });

  it("lists action items across postmortems by status and overdue", async () => {
    const other = await makeUser(t.db, { role: "ADMIN", name: "Ada" });
    const add = (title: string, dueDate: string | null, status: "OPEN" | "DONE" = "OPEN") =>
      addActionItem({ db: t.db, ctx: ctx(), input: { postmortemId: pmId, title, dueDate, status, ownerId: other.id } });
    await add("Late", "2026-11-20");
    await add("Late but done", "2026-11-20", "DONE");
    await add("Later", "2026-12-20");
    await add("Whenever", null);
    const now = new Date("2026-11-25T00:00:00Z");
    const titles = async (input: Parameters<typeof listActionItems>[0]["input"]) =>
      (await listActionItems({ db: t.db, ctx: ctxOf(s.viewer), input, now })).map((a) => a.title);
    expect(await titles({ overdue: "true" })).toEqual(["Late"]);
    expect(await titles({ status: "NOT_DONE" })).toEqual(["Late", "Later", "Whenever"]);
    expect(await titles({ status: "DONE" })).toEqual(["Late but done"]);
    expect(await titles({ status: "DONE", overdue: true })).toEqual([]);
    const [late] = await listActionItems({ db: t.db, ctx: ctxOf(s.viewer), input: { overdue: true }, now });
    expect(late).toMatchObject({ overdue: true, postmortem: { id: pmId, incidentNumber: number } });
    // Due on the 24th: still due all that day (UTC), overdue from the next.
    expect(await titles({ overdue: true })).not.toContain("Later");
    expect(
      (
        await listActionItems({
          db: t.db,
          ctx: ctx(),
          input: { overdue: true },
          now: new Date(now.getTime() + 30 * DAY),
        })
      ).map((a) => a.title),
    ).toEqual(["Late", "Later"]);
  });

  it("exports the runbook's template as Markdown", async () => {
    await updatePostmortem({
      db: t.db,
      ctx: ctx(),
      input: {
        id: pmId,
        expectedVersion: (await getPostmortem({ db: t.db, ctx: ctx(), input: { id: pmId } })).version,
        impact: "Every request failed",
        rootCause: "Connection pool exhausted",
        resolution: "Raised the pool size",
        usersAffected: 1200,
        revenueLostCents: 340_050,
      },
    });
    const pm = await getPostmortem({
      db: t.db,
      ctx: ctx(),
      input: { id: pmId },
      now: new Date("2026-11-25T00:00:00Z"),
    });
    const md = renderPostmortemMarkdown(pm);
    expect(md).toContain(
      "# Incident: API down\n\n**Date:** 2026-11-23  \n**Severity:** P0  \n**Duration:** 2 h 30 min  \n",
    );
    expect(md).toContain("**Impact:** 1,200 users affected, $3,400.50 lost");
    expect(md).toContain("## Timeline\n\n- 2026-11-23 14:00 UTC — Declared P0");
    expect(md).toContain("## Root Cause\n\nConnection pool exhausted\n");
    expect(md).toContain("## Resolution\n\nRaised the pool size\n");
    expect(md).toContain("## Trigger\n\n_Not written._");
    expect(md).toContain("## Action Items\n\n- [ ] Prevent: Late (owner Ada, due 2026-11-20)");
    expect(md).toContain("- [x] Prevent: Late but done");
  });
});
