import { buildOpenApi } from "@/lib/api/openapi";
import { operations } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { VERSION } from "@/lib/version";

export const dynamic = "force-dynamic";

/** Not in `operations`: the document does not describe itself. */
export const GET = apiRoute({ role: "VIEWER" }, async () => buildOpenApi(operations, VERSION));
