import type { Prisma } from "@opsdeck/db";
import { recordAudit } from "../audit/record.ts";
import { NotFoundError } from "../errors.ts";
import { publishLive } from "../live/publish.ts";
import type { AnyCtx } from "../roles.ts";

export type Tx = Prisma.TransactionClient;

/** The fields a mutation reads, changes and keeps in its audit row. */
export const POSTMORTEM_STATE_SELECT = {
  id: true,
  status: true,
  version: true,
  fieldVersions: true,
  title: true,
  summary: true,
  impact: true,
  timeline: true,
  trigger: true,
  rootCause: true,
  resolution: true,
  whatWentWell: true,
  whatWentWrong: true,
  lessonsLearned: true,
  usersAffected: true,
  revenueLostCents: true,
  dueAt: true,
  publishedAt: true,
  incident: { select: { id: true, number: true } },
} as const satisfies Prisma.PostmortemSelect;

export type PostmortemState = Prisma.PostmortemGetPayload<{ select: typeof POSTMORTEM_STATE_SELECT }>;

/** The postmortem, locked until the transaction ends: two edits of one postmortem apply one after the other. */
export async function lockPostmortem(tx: Tx, id: string): Promise<PostmortemState> {
  const [row] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Postmortem" WHERE id = ${id} FOR UPDATE`;
  if (!row) throw new NotFoundError("Postmortem not found");
  return tx.postmortem.findUniqueOrThrow({ where: { id: row.id }, select: POSTMORTEM_STATE_SELECT });
}

/** The next version of a locked postmortem (every change counts, action items too). */
export const bumpVersion = (tx: Tx, pm: PostmortemState) =>
  tx.postmortem.update({ where: { id: pm.id }, data: { version: pm.version + 1 }, select: { version: true } });

/** The audit row, then the live event: the last statements of every postmortem change. */
export async function finishPostmortem(
  tx: Tx,
  ctx: AnyCtx,
  o: {
    action: string;
    targetType?: "postmortem" | "action_item";
    targetId?: string;
    before: unknown;
    after: unknown;
    postmortem: { id: string; incident: { id: string; number: number } };
    version: number;
    /** Also tell incident pages that their timeline grew. */
    timeline?: boolean;
  },
): Promise<void> {
  await recordAudit(tx, ctx, {
    action: o.action,
    targetType: o.targetType ?? "postmortem",
    targetId: o.targetId ?? o.postmortem.id,
    before: o.before ?? undefined,
    after: o.after,
  });
  const { incident } = o.postmortem;
  await publishLive(tx, "postmortem.changed", { id: o.postmortem.id, number: incident.number, version: o.version });
  if (o.timeline) await publishLive(tx, "incident.timeline", { number: incident.number, id: incident.id });
}

/** The action item's postmortem, locked, and the item as it is; NotFound for an unknown id. */
export async function lockActionItem(tx: Tx, itemId: string) {
  const found = await tx.actionItem.findUnique({ where: { id: itemId }, select: { postmortemId: true } });
  if (!found) throw new NotFoundError("Action item not found");
  const postmortem = await lockPostmortem(tx, found.postmortemId);
  // Read again under the lock: a change that committed meanwhile (a delete) is seen.
  const item = await tx.actionItem.findUnique({ where: { id: itemId }, select: ACTION_ITEM_STATE_SELECT });
  if (!item) throw new NotFoundError("Action item not found");
  return { item, postmortem };
}

export const ACTION_ITEM_STATE_SELECT = {
  id: true,
  postmortemId: true,
  kind: true,
  title: true,
  ownerId: true,
  dueDate: true,
  status: true,
  url: true,
} as const satisfies Prisma.ActionItemSelect;

/** A due day is due until it ends (UTC): "2026-11-24" is overdue from 2026-11-25 00:00 UTC. */
export const endOfDay = (day: string | null): Date | null => (day ? new Date(`${day}T23:59:59.999Z`) : null);
