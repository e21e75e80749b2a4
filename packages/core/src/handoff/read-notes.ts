import type { Db, Prisma } from "@opsdeck/db";
import type { ServiceCall } from "../call.ts";
import { type AnyCtx, assertRole } from "../roles.ts";
import { type UserRefDto, userRef } from "../schedule/dto.ts";
import { getScheduleOrThrow } from "../schedule/internal.ts";
import { ZScheduleRef } from "../schedule/schemas.ts";
import { parseInput } from "../validate.ts";
import type { HandoffNoteDto } from "./dto.ts";
import { type LayerHandoffs, layerHandoffs } from "./internal.ts";

/** The person on call on the layer now, or an admin, writes the note for its next handoff. */
export const mayWriteNote = (ctx: AnyCtx, h: LayerHandoffs): boolean =>
  ctx.actor === null || ctx.actor.role === "ADMIN" || ctx.actor.id === h.current?.userId;

type Tx = Prisma.TransactionClient;

/** Each layer's next handoff with its note, for one schedule read inside `db` (a transaction or not). */
export async function handoffNotesOf(db: Db | Tx, ctx: AnyCtx, id: string, now: Date) {
  const s = await getScheduleOrThrow(db, id);
  const handoffs = await layerHandoffs(db, [s], now);
  const list = s.layers.map((l) => handoffs.get(l.id) as LayerHandoffs);
  const userIds = [...new Set(list.flatMap((h) => [h.current?.userId, h.next?.userId]).filter((u) => u != null))];
  const users = new Map(
    (await db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, email: true, name: true } })).map(
      (u) => [u.id, userRef(u)],
    ),
  );
  const at = list.flatMap((h) => (h.next ? [{ layerId: h.layer.id, handoffAt: h.next.startsAt }] : []));
  const notes = at.length
    ? await db.onCallHandoffNote.findMany({ where: { OR: at }, include: { author: { select: { email: true } } } })
    : [];
  const person = (userId: string | undefined): UserRefDto | null => (userId ? (users.get(userId) ?? null) : null);
  return list.map((h) => {
    const note = notes.find((n) => n.layerId === h.layer.id);
    const dto: HandoffNoteDto = {
      layer: h.layer.name,
      handoffAt: h.next?.startsAt.toISOString() ?? null,
      from: person(h.current?.userId),
      to: person(h.next?.userId),
      note: note?.note ?? "",
      author: note?.author?.email ?? null,
      updatedAt: note?.updatedAt.toISOString() ?? null,
      mayEdit: mayWriteNote(ctx, h),
    };
    return { dto, handoff: h };
  });
}

/** Every layer's next handoff of one schedule: when, from whom to whom, and its note (VIEWER). */
export async function readHandoffNotes({
  db,
  ctx,
  input,
  now = new Date(),
}: ServiceCall<{ id: string }>): Promise<HandoffNoteDto[]> {
  assertRole(ctx, "VIEWER");
  const { id } = parseInput(ZScheduleRef, input);
  return (await handoffNotesOf(db, ctx, id, now)).map((n) => n.dto);
}
