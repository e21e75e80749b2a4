import { putContactMethods } from "@opsdeck/core/contact/put";
import { ctxOf, type TestUser } from "@opsdeck/core/testing";
import type { TestDb } from "@opsdeck/db/testing";

/**
 * Keep a contact method of the admin's for generated tests to find (a generated PUT may empty the list).
 * The webhook points at the discard port: a test is refused at once, which is still an answer.
 */
export async function replenishContactMethods(db: TestDb["db"], admin: TestUser): Promise<void> {
  if ((await db.contactMethod.count({ where: { userId: admin.id } })) > 0) return;
  await putContactMethods({
    db,
    ctx: ctxOf(admin),
    input: { email: admin.email, methods: [{ kind: "WEBHOOK", address: "http://127.0.0.1:9/page" }] },
  });
}

/** Users are named by email in paths; contact methods by id. */
export const CONTACT_ID_SQL = {
  "user-email": `SELECT email AS v FROM "User" ORDER BY "createdAt", id`,
  "contact-method": `SELECT id AS v FROM "ContactMethod" ORDER BY "createdAt", id`,
};
