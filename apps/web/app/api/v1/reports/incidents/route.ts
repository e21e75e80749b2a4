import { getIncidentReport } from "@opsdeck/core";
import { api } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export const GET = apiRoute(api.incidentReport, async ({ ctx, query }) =>
  getIncidentReport({ db: db(), ctx, input: query }),
);
