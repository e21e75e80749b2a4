import { ZCreatePolicy, ZPolicyRef } from "@opsdeck/core/escalation/schemas";
import { z } from "zod";
import { pageQuery } from "./page-inputs.ts";

/* Request schemas of the escalation policy routes, from the schemas their core services validate with. */

export const ZPolicyIdParam = z.object({ id: ZPolicyRef.shape.id });
export const ZCreatePolicyBody = z.strictObject(ZCreatePolicy.shape);
export const ZPoliciesQuery = z.object(pageQuery(200));
