export type { IncidentResponseDto, ResponseDefaultsDto, ResponseDefaultStepDto, ResponseStepDto } from "./dto.ts";
export { getIncidentResponse } from "./get.ts";
export { setResponseStep } from "./set-step.ts";
export { getResponseDefaults, listResponseDefaults } from "./defaults.ts";
export { setResponseDefaults } from "./set-defaults.ts";
export * from "./schemas.ts";
