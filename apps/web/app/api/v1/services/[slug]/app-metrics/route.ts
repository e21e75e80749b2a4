import { getAppMetrics, removeAppMetricsEndpoint, setAppMetricsEndpoint } from "@opsdeck/core";
import { api } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { secretKeyDeps } from "@/lib/secrets/deps";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export const GET = apiRoute(api.getAppMetrics, async ({ ctx, params, query }) =>
  getAppMetrics({ db: db(), ctx, input: { ...query, serviceSlug: params.slug } }),
);

export const PUT = apiRoute(api.setAppMetrics, async ({ ctx, params, body }) =>
  setAppMetricsEndpoint({ db: db(), ctx, input: { ...body, serviceSlug: params.slug }, ...secretKeyDeps() }),
);

export const DELETE = apiRoute(api.removeAppMetrics, async ({ ctx, params }) =>
  removeAppMetricsEndpoint({ db: db(), ctx, input: { serviceSlug: params.slug } }),
);
