import { problem } from "@/lib/api/respond";

export const dynamic = "force-dynamic";

/** Any /api/v1 path no route serves: a JSON 404 in the API's error shape, not the HTML page. */
const notFound = () =>
  problem(404, "NOT_FOUND", "No such API endpoint. The operations are listed in /api/v1/openapi.json.");

export {
  notFound as GET,
  notFound as POST,
  notFound as PUT,
  notFound as PATCH,
  notFound as DELETE,
  notFound as HEAD,
  notFound as OPTIONS,
};
