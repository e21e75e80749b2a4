import type { PostmortemStatus } from "@opsdeck/db";
import type { ServiceCall } from "../call.ts";
import { ConflictError, ValidationError } from "../errors.ts";
import { addEvent } from "../incident/internal.ts";
import { assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { FIELD_LABELS, REQUIRED_TO_PUBLISH } from "./fields.ts";
import { getPostmortem, type PostmortemDto } from "./get.ts";
import { finishPostmortem, lockPostmortem, POSTMORTEM_STATE_SELECT } from "./internal.ts";
import { type TSetPostmortemStatus, ZSetPostmortemStatus } from "./schemas.ts";

const LABEL: Record<PostmortemStatus, string> = { DRAFT: "draft", IN_REVIEW: "in review", PUBLISHED: "published" };

/**
 * Move a postmortem between draft, in review and published (RESPONDER). Publishing needs the impact
 * and the root cause written (field errors name the missing ones) and goes on the incident's timeline.
 */
export async function setPostmortemStatus({
  db,
  ctx,
  input,
  now = new Date(),
}: ServiceCall<TSetPostmortemStatus>): Promise<PostmortemDto> {
  assertRole(ctx, "RESPONDER");
  const { id, status } = parseInput(ZSetPostmortemStatus, input);
  await db.$transaction(async (tx) => {
    const before = await lockPostmortem(tx, id);
    if (before.status === status)
      throw new ConflictError(`Postmortem #${before.incident.number} is already ${LABEL[status]}`);
    const publishing = status === "PUBLISHED";
    if (publishing) {
      const missing = REQUIRED_TO_PUBLISH.filter((f) => !before[f].trim());
      if (missing.length)
        throw new ValidationError(
          Object.fromEntries(missing.map((f) => [f, [`Write the ${FIELD_LABELS[f].toLowerCase()} before publishing`]])),
          `Write the ${missing.map((f) => FIELD_LABELS[f].toLowerCase()).join(" and the ")} before publishing`,
        );
    }
    const after = await tx.postmortem.update({
      where: { id },
      data: { status, publishedAt: publishing ? now : null, version: before.version + 1 },
      select: POSTMORTEM_STATE_SELECT,
    });
    if (publishing)
      await addEvent(tx, ctx, before.incident.id, { kind: "postmortem", message: "Postmortem published", at: now });
    await finishPostmortem(tx, ctx, {
      action: publishing ? "postmortem.publish" : "postmortem.status",
      before: { status: before.status, version: before.version },
      after: { status: after.status, version: after.version },
      postmortem: before,
      version: after.version,
      timeline: publishing,
    });
  });
  return getPostmortem({ db, ctx, input: { id }, now });
}
