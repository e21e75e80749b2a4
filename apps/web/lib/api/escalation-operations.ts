import { ZCreatePolicyBody, ZPoliciesQuery, ZPolicyIdParam } from "./escalation-inputs.ts";
import { ZPolicyOut } from "./escalation-schemas.ts";
import { op } from "./openapi.ts";
import { ZDeleted } from "./schemas.ts";

/** Escalation policies: who is paged for which incidents, in which order. */
export const escalationOperations = {
  listEscalationPolicies: op({
    method: "get",
    path: "/api/v1/escalation-policies",
    summary: "Escalation policies by name, with their steps",
    tag: "on-call",
    role: "VIEWER",
    query: ZPoliciesQuery,
    paged: true,
    response: ZPolicyOut.array(),
  }),
  createEscalationPolicy: op({
    method: "post",
    path: "/api/v1/escalation-policies",
    summary:
      "Add an escalation policy: the severities (and services) it covers, steps that page a schedule layer's current person or a named user and then wait, and how often the chain repeats",
    tag: "on-call",
    role: "ADMIN",
    body: ZCreatePolicyBody,
    status: 201,
    response: ZPolicyOut,
  }),
  getEscalationPolicy: op({
    method: "get",
    path: "/api/v1/escalation-policies/{id}",
    summary: "One escalation policy with its steps",
    tag: "on-call",
    role: "VIEWER",
    params: ZPolicyIdParam,
    response: ZPolicyOut,
  }),
  deleteEscalationPolicy: op({
    method: "delete",
    path: "/api/v1/escalation-policies/{id}",
    summary: "Delete an escalation policy; refused while it is escalating an open incident",
    tag: "on-call",
    role: "ADMIN",
    params: ZPolicyIdParam,
    response: ZDeleted,
  }),
};
