import type { Db } from "@opsdeck/db";
import type { ServiceCall } from "../call.ts";
import { NotFoundError } from "../errors.ts";
import { assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { type IncidentResponseDto, RESPONSE_STEP_SELECT, toIncidentResponse } from "./dto.ts";
import { type TIncidentResponseRef, ZIncidentResponseRef } from "./schemas.ts";

/** An incident's response checklist in order, with who did each step and when (VIEWER). */
export async function getIncidentResponse({ db, ctx, input }: ServiceCall<TIncidentResponseRef>) {
  assertRole(ctx, "VIEWER");
  const { number } = parseInput(ZIncidentResponseRef, input);
  return readIncidentResponse(db, number);
}

export async function readIncidentResponse(db: Db, number: number): Promise<IncidentResponseDto> {
  const incident = await db.incident.findUnique({
    where: { number },
    select: {
      id: true,
      number: true,
      severity: true,
      responseSteps: { orderBy: { position: "asc" }, select: RESPONSE_STEP_SELECT },
    },
  });
  if (!incident) throw new NotFoundError(`Incident #${number} not found`);
  return toIncidentResponse(incident, incident.responseSteps);
}
