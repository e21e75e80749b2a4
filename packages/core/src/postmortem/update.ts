import type { ServiceCall } from "../call.ts";
import { ConflictError, ValidationError } from "../errors.ts";
import { assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { POSTMORTEM_FIELDS, type PostmortemField } from "./fields.ts";
import { getPostmortem, type PostmortemDto } from "./get.ts";
import { finishPostmortem, lockPostmortem, POSTMORTEM_STATE_SELECT, type PostmortemState } from "./internal.ts";
import { type TUpdatePostmortem, ZUpdatePostmortem } from "./schemas.ts";

type Value = string | number | null;

/** What a 409 carries: each field someone else changed since the caller's version, with both texts. */
export type PostmortemConflict = {
  version: number;
  fields: Partial<Record<PostmortemField, { theirs: Value; yours: Value }>>;
};

const versionsOf = (pm: PostmortemState) => (pm.fieldVersions ?? {}) as Partial<Record<PostmortemField, number>>;

/**
 * Edit the written fields (RESPONDER). `expectedVersion` is the version the edit is based on: a field
 * someone else changed after it, to a text other than the one sent, is refused with a ConflictError
 * carrying both texts (nothing is written); fields nobody else touched are saved. A published
 * postmortem is refused: move it back to draft first.
 */
export async function updatePostmortem({
  db,
  ctx,
  input,
  now = new Date(),
}: ServiceCall<TUpdatePostmortem>): Promise<PostmortemDto> {
  assertRole(ctx, "RESPONDER");
  const { id, expectedVersion, ...patch } = parseInput(ZUpdatePostmortem, input);
  await db.$transaction(async (tx) => {
    const before = await lockPostmortem(tx, id);
    if (expectedVersion > before.version)
      throw new ValidationError({ expectedVersion: [`The postmortem is at version ${before.version}`] });
    if (before.status === "PUBLISHED")
      throw new ConflictError(`Postmortem #${before.incident.number} is published: move it back to draft to edit it`);
    const sent = POSTMORTEM_FIELDS.filter((f) => patch[f] !== undefined);
    const changed = sent.filter((f) => patch[f] !== before[f]);
    const versions = versionsOf(before);
    const conflicts = changed.filter((f) => (versions[f] ?? 0) > expectedVersion);
    if (conflicts.length) {
      const conflict: PostmortemConflict = {
        version: before.version,
        fields: Object.fromEntries(conflicts.map((f) => [f, { theirs: before[f], yours: patch[f] ?? null }])),
      };
      throw new ConflictError(
        `Someone else changed ${conflicts.length === 1 ? "this field" : "these fields"} since you opened it: keep yours or take theirs`,
        { conflict },
      );
    }
    if (changed.length === 0) return;
    const version = before.version + 1;
    const after = await tx.postmortem.update({
      where: { id },
      data: {
        ...Object.fromEntries(changed.map((f) => [f, patch[f]])),
        version,
        fieldVersions: { ...versions, ...Object.fromEntries(changed.map((f) => [f, version])) },
        updatedAt: now,
      },
      select: POSTMORTEM_STATE_SELECT,
    });
    const pick = (pm: PostmortemState) => Object.fromEntries(changed.map((f) => [f, pm[f]]));
    await finishPostmortem(tx, ctx, {
      action: "postmortem.edit",
      before: { version: before.version, ...pick(before) },
      after: { version, ...pick(after) },
      postmortem: before,
      version,
    });
  });
  return getPostmortem({ db, ctx, input: { id }, now });
}
