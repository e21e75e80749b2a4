import { ZListMarkers } from "@opsdeck/core/marker/schemas";
import { ZMarkerOut } from "./marker-schemas.ts";
import { op } from "./openapi.ts";

/** Events drawn on time charts. */
export const markerOperations = {
  listMarkers: op({
    method: "get",
    path: "/api/v1/markers",
    summary:
      "Incidents (detected, resolved) and finished action runs (rollbacks as deploys) in a time range, oldest first; a service's own with `service`",
    tag: "metrics",
    role: "VIEWER",
    query: ZListMarkers,
    paged: true,
    response: ZMarkerOut.array(),
  }),
};
