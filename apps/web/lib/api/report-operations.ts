import { ZOnCallReport } from "@opsdeck/core/oncall-report/schemas";
import { ZIncidentReport } from "@opsdeck/core/report/schemas";
import { ZOnCallReportCsvOut, ZOnCallReportOut } from "./oncall-report-schemas.ts";
import { op } from "./openapi.ts";
import { ZIncidentReportOut } from "./report-schemas.ts";

const ONCALL_400 = "`weeks` is not a whole number from 1 to 26, or the zone is unknown: fieldErrors say which";

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
  onCallReport: op({
    method: "get",
    path: "/api/v1/reports/oncall",
    summary:
      "On-call load over the last weeks: pages per person per ISO week, night pages (22:00–07:00), time to acknowledge per person and per hour of the day",
    tag: "reports",
    role: "VIEWER",
    query: ZOnCallReport,
    response: ZOnCallReportOut,
    errors: { 400: ONCALL_400 },
  }),
  onCallReportCsv: op({
    method: "get",
    path: "/api/v1/reports/oncall/csv",
    summary: "The on-call load report's per-person table as a CSV file to share",
    tag: "reports",
    role: "VIEWER",
    query: ZOnCallReport,
    download: ["text/csv"],
    response: ZOnCallReportCsvOut,
    errors: { 400: ONCALL_400 },
  }),
};
