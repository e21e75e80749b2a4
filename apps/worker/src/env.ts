import { parseEnv } from "@opsdeck/core/env";
import { z } from "zod";

export const ZWorkerEnv = z.object({
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL"),
  WORKER_HEARTBEAT_SECONDS: z.coerce.number().int().min(1).max(60).default(10),
  WORKER_ID: z.string().min(1).optional(),
});

export type TWorkerEnv = z.output<typeof ZWorkerEnv>;

export const loadWorkerEnv = (source: Record<string, string | undefined> = process.env) => parseEnv(ZWorkerEnv, source);
