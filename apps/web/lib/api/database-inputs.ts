import { ZGetDatabaseInsights, ZListDatabasesPage, ZTerminateBackend } from "@opsdeck/core/database/schemas";
import { ZListMetricSeries, ZReadMetrics } from "@opsdeck/core/metric/schemas";
import { z } from "zod";

/* Request schemas of the database and metric routes, from the schemas their core services validate with. */

export const ZDatabaseIdParam = z.object({ id: ZGetDatabaseInsights.shape.id });
export const ZInsightsQuery = ZGetDatabaseInsights.omit({ id: true });
export const ZBackendParams = z.object({ id: ZTerminateBackend.shape.id, pid: ZTerminateBackend.shape.pid });
export const ZTerminateBody = z.strictObject({ backendStart: ZTerminateBackend.shape.backendStart });
export const ZMetricsQuery = ZReadMetrics;
export const ZMetricSeriesQuery = ZListMetricSeries;
export const ZDatabasesQuery = ZListDatabasesPage;
