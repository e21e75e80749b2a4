import type { ApiOperation } from "./openapi.ts";
import { ZMe, ZOverview } from "./schemas.ts";

/** Every /api/v1 operation, in one list: the OpenAPI document is generated from it. */
export const operations: ApiOperation[] = [
  { method: "get", path: "/api/v1/me", summary: "The caller: user, email and role", tag: "auth", role: "VIEWER", response: ZMe },
  {
    method: "get",
    path: "/api/v1/overview",
    summary: "Dashboard numbers and the open incidents, for the live overview",
    tag: "overview",
    role: "VIEWER",
    response: ZOverview,
  },
];
