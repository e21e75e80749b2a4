import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, NotFoundError } from "../errors.ts";
import {
  ctxOf,
  expectAuditClean,
  fieldErrors,
  makeUser,
  type RoleSuite,
  roleSuite,
  type TestUser,
} from "../testing.ts";
import { createCalendarFeed } from "./create.ts";
import { listCalendarFeeds } from "./list.ts";
import { revokeCalendarFeed } from "./revoke.ts";
import { makeOpsSchedule } from "./testing.ts";

const BASE = "https://ops.example.test/";

describe("calendar feeds", () => {
  let s: RoleSuite;
  let other: TestUser;
  let scheduleId: string;
  const create = (u: TestUser, input: { schedule?: string; email?: string }) =>
    createCalendarFeed({ db: s.t.db, ctx: ctxOf(u), input, baseUrl: BASE });

  beforeAll(async () => {
    s = await roleSuite();
    other = await makeUser(s.t.db, { name: "Other Person" });
    scheduleId = await makeOpsSchedule(s.t.db, s.admin, [other.email]);
  });
  afterAll(() => s.t.drop());

  it("gives a viewer a schedule's feed: the secret URL once, only its hash stored, audited", async () => {
    const { url, feed } = await create(s.viewer, { schedule: scheduleId });
    expect(url).toMatch(/^https:\/\/ops\.example\.test\/api\/calendar\/ocal_[0-9A-Za-z]{40}\.ics$/);
    expect(feed).toMatchObject({
      kind: "schedule",
      subject: "Operations on-call",
      scheduleId,
      email: null,
      createdBy: s.viewer.email,
      status: "active",
      lastUsedAt: null,
    });
    const token = url.split("/").pop()?.replace(".ics", "") ?? "";
    const row = await s.t.db.calendarFeed.findUniqueOrThrow({ where: { id: feed.id } });
    expect(row.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(feed)).not.toContain(token);
    const audit = await s.t.db.auditLog.findFirstOrThrow({
      where: { action: "calendar_feed.create", targetId: feed.id },
    });
    expect(audit).toMatchObject({ actorId: s.viewer.id, after: { kind: "schedule", subject: "Operations on-call" } });
    await expectAuditClean(s.t.db, [token, row.tokenHash]);
  });

  it("lets a viewer make a feed of themselves but not of someone else; an admin of anyone", async () => {
    expect((await create(s.viewer, { email: s.viewer.email.toUpperCase() })).feed).toMatchObject({
      kind: "person",
      email: s.viewer.email,
    });
    const before = await s.t.db.calendarFeed.count();
    await expect(create(s.viewer, { email: other.email })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(create(s.responder, { email: other.email })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await s.t.db.calendarFeed.count()).toBe(before);
    expect((await create(s.admin, { email: other.email })).feed).toMatchObject({ subject: "Other Person" });
  });

  it("names the field at fault: unknown schedule or person, both or neither given", async () => {
    expect(await fieldErrors(create(s.admin, { schedule: "nope" }))).toEqual({ schedule: ["No such schedule"] });
    expect(await fieldErrors(create(s.admin, { email: "nobody@example.test" }))).toEqual({
      email: ["No user has the email nobody@example.test"],
    });
    expect(await fieldErrors(create(s.admin, { schedule: scheduleId, email: other.email }))).toEqual({
      email: ["Give a schedule or an email, not both"],
    });
    expect(await fieldErrors(create(s.admin, {}))).toEqual({ _form: ["Give a schedule or a person's email"] });
    expect(Object.keys(await fieldErrors(create(s.admin, { email: "not an email" })))).toEqual(["email"]);
  });

  it("lists your own feeds, newest first; an admin sees everyone's", async () => {
    const mine = (await listCalendarFeeds({ db: s.t.db, ctx: ctxOf(s.viewer) })).items;
    expect(mine.length).toBeGreaterThanOrEqual(2);
    expect(mine.every((f) => f.createdBy === s.viewer.email)).toBe(true);
    expect(mine[0]?.kind).toBe("person");
    const all = (await listCalendarFeeds({ db: s.t.db, ctx: ctxOf(s.admin) })).items;
    expect(all.map((f) => f.createdBy)).toEqual(expect.arrayContaining([s.viewer.email, s.admin.email]));
    const first = await listCalendarFeeds({ db: s.t.db, ctx: ctxOf(s.admin), input: { limit: 2 } });
    expect(first.items).toEqual(all.slice(0, 2));
    const rest = await listCalendarFeeds({ db: s.t.db, ctx: ctxOf(s.admin), input: { cursor: first.next ?? "" } });
    expect(rest.items).toEqual(all.slice(2));
  });

  it("lets the maker revoke, once, with an audit row; others are refused; an admin may", async () => {
    const { feed } = await create(s.viewer, { schedule: scheduleId });
    await expect(
      revokeCalendarFeed({ db: s.t.db, ctx: ctxOf(s.responder), input: { id: feed.id } }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    const revoked = await revokeCalendarFeed({ db: s.t.db, ctx: ctxOf(s.viewer), input: { id: feed.id } });
    expect(revoked).toMatchObject({ status: "revoked" });
    const again = await revokeCalendarFeed({ db: s.t.db, ctx: ctxOf(s.viewer), input: { id: feed.id } });
    expect(again.revokedAt).toBe(revoked.revokedAt);
    expect(await s.t.db.auditLog.count({ where: { action: "calendar_feed.revoke", targetId: feed.id } })).toBe(1);
    const byAdmin = (await create(s.viewer, { schedule: scheduleId })).feed;
    expect((await revokeCalendarFeed({ db: s.t.db, ctx: ctxOf(s.admin), input: { id: byAdmin.id } })).status).toBe(
      "revoked",
    );
    await expect(revokeCalendarFeed({ db: s.t.db, ctx: ctxOf(s.admin), input: { id: "nope" } })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it("refuses a row of neither or both kinds in the database itself", async () => {
    const base = { tokenHash: "x".repeat(64), createdById: s.admin.id };
    await expect(s.t.db.calendarFeed.create({ data: base })).rejects.toThrow(/CalendarFeed_one_subject/);
    await expect(s.t.db.calendarFeed.create({ data: { ...base, scheduleId, userId: other.id } })).rejects.toThrow(
      /CalendarFeed_one_subject/,
    );
  });
});
