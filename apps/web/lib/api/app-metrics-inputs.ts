import { ZAppMetricsFields, ZGetAppMetrics } from "@opsdeck/core/app-metrics/schemas";
import { z } from "zod";

/* Request schemas of a service's app-metrics routes, from the schemas their core services validate with. */

export const ZAppMetricsQuery = ZGetAppMetrics.omit({ serviceSlug: true });
export const ZAppMetricsBody = z.strictObject(ZAppMetricsFields.shape);
