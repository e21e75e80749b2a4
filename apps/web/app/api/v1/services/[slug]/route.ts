import { deleteService, getService, updateService } from "@opsdeck/core";
import { api } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export const GET = apiRoute(api.getService, async ({ ctx, params }) =>
  getService({ db: db(), ctx, input: { slug: params.slug } }),
);

export const PATCH = apiRoute(api.updateService, async ({ ctx, params, body }) =>
  updateService({ db: db(), ctx, input: { ...body, serviceSlug: params.slug } }),
);

export const DELETE = apiRoute(api.deleteService, async ({ ctx, params }) =>
  deleteService({ db: db(), ctx, input: { serviceSlug: params.slug } }),
);
