import { ZIncidentReport } from "@opsdeck/core/report/schemas";
import { op } from "./openapi.ts";
import { ZIncidentReportOut } from "./report-schemas.ts";

/** Reports over a period. */
export const reportOperations = {
  incidentReport: op({
    method: "get",
    path: "/api/v1/reports/incidents",
    summary:
      "MTTA and MTTR by severity and service, SLA breach rates, incidents per ISO week and postmortems on time, for the incidents detected between two days of a time zone",
    tag: "reports",
    role: "VIEWER",
    query: ZIncidentReport,
    response: ZIncidentReportOut,
    errors: {
      400: "A day is malformed or out of range, `to` is before `from` or too far after it, or the zone is unknown: fieldErrors say which",
    },
  }),
};
