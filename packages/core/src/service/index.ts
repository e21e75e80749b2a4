export { listServices } from "./list.ts";
export { getService, type ServiceDetailDto } from "./get.ts";
export { createService } from "./create.ts";
export { updateService } from "./update.ts";
export { deleteService } from "./delete.ts";
export type { ServiceSummaryDto } from "./dto.ts";
export * from "./schemas.ts";
