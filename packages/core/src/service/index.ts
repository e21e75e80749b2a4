export { listServices, listServicesPage } from "./list.ts";
export { getService, type ServiceDetailDto } from "./get.ts";
export { createService } from "./create.ts";
export { updateService } from "./update.ts";
export { deleteService } from "./delete.ts";
export { getServiceDeletionImpact, type ServiceDeletionImpactDto } from "./deletion-impact.ts";
export { listServiceHealth, type ServiceHealthSummaryDto } from "./list-health.ts";
export type { ServiceSummaryDto } from "./dto.ts";
export * from "./schemas.ts";
