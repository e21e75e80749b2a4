import type { ContactMethodModel, Db } from "@opsdeck/db";
import type { PageEndpoint } from "@opsdeck/integrations";
import { channelEndpoint } from "../notification/internal.ts";
import type { Tx } from "./internal.ts";
import { contactSigningSecret } from "./secret.ts";

/** The first enabled notification channel of a kind (by name): the road a page to a person takes. */
const channelOf = (db: Db | Tx, kind: "EMAIL" | "SLACK") =>
  db.notificationChannel.findFirst({ where: { kind, enabled: true }, orderBy: { name: "asc" } });

/**
 * Where a page to this method goes. Mail leaves through the first enabled email channel's SMTP server;
 * a Slack member is mentioned in a message to the first enabled Slack channel; a webhook is signed with
 * the method's own secret. Throws an Error saying what is missing when there is no such channel.
 */
export async function contactEndpoint(db: Db | Tx, key: Buffer, m: ContactMethodModel): Promise<PageEndpoint> {
  if (m.kind === "WEBHOOK") return { kind: "WEBHOOK", url: m.address, secret: contactSigningSecret(key, m.id) };
  const channel = await channelOf(db, m.kind);
  if (!channel)
    throw new Error(
      `no ${m.kind === "EMAIL" ? "email" : "Slack"} notification channel is enabled to send it through (Settings → Notifications)`,
    );
  const via = await channelEndpoint(db, key, channel);
  if (via.kind === "EMAIL") return { kind: "EMAIL", smtp: via.smtp, password: via.password, address: m.address };
  if (via.kind === "SLACK") return { kind: "SLACK", url: via.url, memberId: m.address };
  throw new Error(`channel ${channel.name} is not a ${m.kind} channel`);
}

/** The channels mail and Slack pages leave through now (by name), null where none is enabled. */
export async function contactRoads(db: Db): Promise<{ email: string | null; slack: string | null }> {
  const [email, slack] = await Promise.all([channelOf(db, "EMAIL"), channelOf(db, "SLACK")]);
  return { email: email?.name ?? null, slack: slack?.name ?? null };
}
