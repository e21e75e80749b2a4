export { recordAudit, redact, type AuditEntry } from "./record.ts";
export * from "./schemas.ts";
export { listAuditLog } from "./list.ts";
export { auditChanges, showValue, type TFieldChange } from "./changes.ts";
