import {
  ZBackendParams,
  ZDatabaseIdParam,
  ZDatabasesQuery,
  ZInsightsQuery,
  ZMetricSeriesQuery,
  ZMetricsQuery,
  ZTerminateBody,
} from "./database-inputs.ts";
import {
  ZDatabaseOut,
  ZInsightsOut,
  ZMetricReadOut,
  ZMetricSeriesInfoOut,
  ZTerminatedOut,
} from "./database-schemas.ts";
import { op } from "./openapi.ts";

/** Postgres insights of the monitored databases, and the metric series they are sampled into. */
export const databaseOperations = {
  listDatabases: op({
    method: "get",
    path: "/api/v1/databases",
    summary:
      "Monitored PostgreSQL databases (each postgres check's and Postgres target's) with their last sample, by name",
    tag: "databases",
    role: "VIEWER",
    query: ZDatabasesQuery,
    paged: true,
    response: ZDatabaseOut.array(),
  }),
  getDatabaseInsights: op({
    method: "get",
    path: "/api/v1/databases/{id}/insights",
    summary:
      "A database's insights read now (connections, long-running backends, slow queries, sizes, indexes, cache, vacuum; each panel with its own problem) and its sampled trends over the range",
    tag: "databases",
    role: "VIEWER",
    params: ZDatabaseIdParam,
    query: ZInsightsQuery,
    response: ZInsightsOut,
  }),
  terminateBackend: op({
    method: "post",
    path: "/api/v1/databases/{id}/backends/{pid}/terminate",
    summary: "End a client backend of the database with pg_terminate_backend (audited)",
    tag: "databases",
    role: "ADMIN",
    params: ZBackendParams,
    body: ZTerminateBody,
    response: ZTerminatedOut,
    errors: {
      404: "No such database, or no client backend with that pid is connected to it",
      409: "The pid is now another connection (backendStart differs), or it had already ended",
      502: "The database could not be reached or refused the signal (the monitoring role lacks pg_signal_backend)",
    },
  }),
  listMetricSeries: op({
    method: "get",
    path: "/api/v1/metrics/series",
    summary:
      "What can be charted: metric series by name and labels, with their last value (500 a page unless limit says fewer)",
    tag: "metrics",
    role: "VIEWER",
    query: ZMetricSeriesQuery,
    paged: true,
    response: ZMetricSeriesInfoOut.array(),
  }),
  readMetrics: op({
    method: "get",
    path: "/api/v1/metrics",
    summary:
      "Points of the series of one name (labels filter them), bucketed by step from raw points or hour and day rollups",
    tag: "metrics",
    role: "VIEWER",
    query: ZMetricsQuery,
    response: ZMetricReadOut,
  }),
};
