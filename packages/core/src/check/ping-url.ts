import type { ServiceCall } from "../call.ts";
import { NotFoundError, ValidationError } from "../errors.ts";
import { assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { pingPath } from "./internal.ts";
import { type TCheckRef, ZCheckRef } from "./schemas.ts";

/** A heartbeat check's ping path, for the responders who feed it; viewers never see the token. */
export async function getHeartbeatPingPath({ db, ctx, input }: ServiceCall<TCheckRef>): Promise<{ pingPath: string }> {
  assertRole(ctx, "RESPONDER");
  const { id } = parseInput(ZCheckRef, input);
  const check = await db.check.findUnique({ where: { id }, select: { kind: true, heartbeatToken: true } });
  if (!check) throw new NotFoundError("Check not found");
  if (check.kind !== "HEARTBEAT" || !check.heartbeatToken)
    throw new ValidationError({ id: ["Only heartbeat checks have a ping URL"] });
  return { pingPath: pingPath(check.heartbeatToken) };
}
