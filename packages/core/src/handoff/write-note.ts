import { recordAudit } from "../audit/record.ts";
import type { ServiceCall } from "../call.ts";
import { ForbiddenError, NotFoundError, ValidationError } from "../errors.ts";
import { assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import type { HandoffNoteDto } from "./dto.ts";
import { handoffNotesOf } from "./read-notes.ts";
import { type TWriteHandoffNote, ZWriteHandoffNote } from "./schemas.ts";

/**
 * Write (or, when empty, remove) the note for a layer's next handoff: the person on call on it now
 * or an admin. Under the layer's row lock, so two writers of one note take turns; audited.
 */
export async function writeHandoffNote({
  db,
  ctx,
  input,
  now = new Date(),
}: ServiceCall<TWriteHandoffNote>): Promise<HandoffNoteDto> {
  assertRole(ctx, "RESPONDER");
  const { id, layer: name, note } = parseInput(ZWriteHandoffNote, input);
  return db.$transaction(async (tx) => {
    const layer = await tx.onCallLayer.findFirst({
      where: { scheduleId: id, name: { equals: name, mode: "insensitive" } },
      select: { id: true },
    });
    if (!layer) {
      if (!(await tx.onCallSchedule.findUnique({ where: { id }, select: { id: true } })))
        throw new NotFoundError("Schedule not found");
      throw new ValidationError({ layer: [`This schedule has no layer called ${name}`] });
    }
    await tx.$executeRaw`SELECT 1 FROM "OnCallLayer" WHERE id = ${layer.id} FOR UPDATE`;
    const mine = (await handoffNotesOf(tx, ctx, id, now)).find((n) => n.handoff.layer.id === layer.id);
    if (!mine?.dto.mayEdit)
      throw new ForbiddenError("Only the person on call on this layer now, or an admin, writes its handoff note");
    const handoffAt = mine.handoff.next?.startsAt;
    if (!handoffAt) throw new ValidationError({ layer: ["This layer has no next handoff to write a note for"] });
    const key = { layerId_handoffAt: { layerId: layer.id, handoffAt } };
    const before = mine.dto.note;
    if (note) {
      const data = { note, authorId: ctx.actor?.id ?? null };
      await tx.onCallHandoffNote.upsert({ where: key, create: { ...key.layerId_handoffAt, ...data }, update: data });
    } else await tx.onCallHandoffNote.deleteMany({ where: key.layerId_handoffAt });
    if (before !== note)
      await recordAudit(tx, ctx, {
        action: "schedule.handoff_note",
        targetType: "schedule",
        targetId: id,
        before: { layer: mine.dto.layer, handoffAt: handoffAt.toISOString(), note: before },
        after: { layer: mine.dto.layer, handoffAt: handoffAt.toISOString(), note },
      });
    const after = (await handoffNotesOf(tx, ctx, id, now)).find((n) => n.handoff.layer.id === layer.id);
    return after?.dto as HandoffNoteDto;
  });
}
