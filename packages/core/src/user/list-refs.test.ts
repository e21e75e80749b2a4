import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError } from "../errors.ts";
import { ctxOf, makeUser, type RoleSuite, roleSuite } from "../testing.ts";
import { listUserRefs } from "./list-refs.ts";

describe("listUserRefs", () => {
  let s: RoleSuite;
  beforeAll(async () => {
    s = await roleSuite();
    await Promise.all([
      s.t.db.user.update({ where: { id: s.admin.id }, data: { name: "Ada" } }),
      s.t.db.user.update({ where: { id: s.responder.id }, data: { name: "Rita" } }),
      s.t.db.user.update({ where: { id: s.viewer.id }, data: { name: "Vic" } }),
      makeUser(s.t.db, { role: "ADMIN", name: "Gone", disabled: true }),
    ]);
  });
  afterAll(() => s.t.drop());

  it("lists enabled users by name with nothing but name and email", async () => {
    const refs = await listUserRefs({ db: s.t.db, ctx: ctxOf(s.responder) });
    expect(refs).toEqual([
      { id: s.admin.id, name: "Ada", email: s.admin.email },
      { id: s.responder.id, name: "Rita", email: s.responder.email },
      { id: s.viewer.id, name: "Vic", email: s.viewer.email },
    ]);
  });

  it("refuses a viewer", async () => {
    await expect(listUserRefs({ db: s.t.db, ctx: ctxOf(s.viewer) })).rejects.toBeInstanceOf(ForbiddenError);
  });
});
