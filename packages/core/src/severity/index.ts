export * from "./policy.ts";
export * from "./sla.ts";
export * from "./schemas.ts";
export { listSeverityPolicy } from "./list.ts";
export { updateSeverityPolicy } from "./update.ts";
export { readSeverityPolicy, requiredSeverities, slaTargetsFor } from "./read.ts";
