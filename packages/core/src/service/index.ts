export { listServices } from "./list.ts";
export { getService, type ServiceDetailDto } from "./get.ts";
export type { ServiceSummaryDto } from "./dto.ts";
export * from "./schemas.ts";
