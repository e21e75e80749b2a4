import { buildOpenApi } from "@/lib/api/openapi";
import { operations } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { json } from "@/lib/api/respond";
import { VERSION } from "@/lib/version";

export const dynamic = "force-dynamic";

export const GET = apiRoute("VIEWER", async () => json(buildOpenApi(operations, VERSION)));
