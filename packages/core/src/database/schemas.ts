import { z } from "zod";
import { ZHealthRange } from "../check/schemas.ts";
import { pageLimit, ZCursor } from "../page/schemas.ts";
import { DATABASE_REF } from "./refs.ts";

export const ZDatabaseId = z
  .string({ error: "Choose a database" })
  .trim()
  .regex(DATABASE_REF, "A database id is check-… or target-… (GET /api/v1/databases lists them)");

export const LONG_RUNNING_CHOICES = [5, 30, 60, 300, 900] as const;

export const ZLongRunningSeconds = z.coerce
  .number({ error: "Give a number of seconds" })
  .int("Use whole seconds")
  .min(1, "Use at least 1 second")
  .max(86_400, "Use at most 86400 seconds (a day)");

export const ZGetDatabaseInsights = z.object({
  id: ZDatabaseId,
  range: ZHealthRange.default("24h").describe("The window of the trends and the slow queries"),
  longRunningSeconds: ZLongRunningSeconds.default(60).describe(
    "List backends running a query, or idle in a transaction, for at least this long",
  ),
});
export type TGetDatabaseInsights = z.input<typeof ZGetDatabaseInsights>;

export const ZBackendPid = z.coerce
  .number({ error: "Give the backend's pid" })
  .int("A pid is a whole number")
  .min(1, "A pid is positive")
  .max(2_147_483_647, "A pid fits in 32 bits");

export const ZTerminateBackend = z.object({
  id: ZDatabaseId,
  pid: ZBackendPid,
  backendStart: z.iso
    .datetime({ offset: true, error: "Give backendStart as an ISO 8601 date-time" })
    .optional()
    .describe("When the backend started, as listed: a pid reused by a newer connection is then left alone"),
});
export type TTerminateBackend = z.input<typeof ZTerminateBackend>;

export const ZListDatabasesPage = z.object({
  limit: pageLimit(500).optional().describe("Most databases in a page, by name (1 to 500); all when left out"),
  cursor: ZCursor,
});
export type TListDatabasesPage = z.input<typeof ZListDatabasesPage>;
