import { createChannel, updateChannel } from "@opsdeck/core/notification/channel-write";
import { ctxOf, type TestUser } from "@opsdeck/core/testing";
import type { TestDb } from "@opsdeck/db/testing";

type Db = TestDb["db"];

/** When the fuzz channel's secret was last written here (a generated PATCH may replace it). */
let secretSetAt: number | undefined;

/**
 * Keep one enabled Slack channel "fuzz slack" posting to the local receiver (deletes among the
 * requests remove it; PATCHes may point it elsewhere), so a channel test can succeed.
 */
export async function replenishChannels(db: Db, admin: TestUser, key: Buffer, slackUrl: string): Promise<void> {
  const ctx = ctxOf(admin);
  const webhookUrl = `${slackUrl}/services/T/B/fuzz`;
  const c = await db.notificationChannel.findUnique({ where: { name: "fuzz slack" } });
  const secretAt = async (id: string) =>
    (
      await db.secret.findUnique({ where: { name: `notification.${id}` }, select: { updatedAt: true } })
    )?.updatedAt.getTime();
  if (!c) {
    const made = await createChannel({ db, ctx, key, input: { name: "fuzz slack", kind: "SLACK", webhookUrl } });
    secretSetAt = await secretAt(made.id);
    return;
  }
  if (c.kind === "SLACK" && c.enabled && (await secretAt(c.id)) === secretSetAt) return;
  if (c.kind !== "SLACK") {
    await db.notificationChannel.delete({ where: { id: c.id } });
    return replenishChannels(db, admin, key, slackUrl);
  }
  await updateChannel({ db, ctx, key, input: { id: c.id, enabled: true, webhookUrl } });
  secretSetAt = await secretAt(c.id);
}

export const CHANNEL_ID_SQL = {
  channel: `SELECT id AS v FROM "NotificationChannel" ORDER BY (name = 'fuzz slack') DESC, name`,
};
