import { parseEnv } from "@opsdeck/core/env";
import { ZWebEnv } from "../../apps/web/lib/env.ts";
import { ZWorkerEnv } from "../../apps/worker/src/env.ts";

/**
 * The web app's and the worker's variables, checked before anything starts, so a malformed one is
 * named at once rather than after the database, migrations and a build. The database URL is checked
 * where it is opened (it may be the embedded one), so a placeholder stands in for it here.
 */
export function checkAppEnv(env: NodeJS.ProcessEnv): void {
  const probe = { ...env, DATABASE_URL: "postgresql://127.0.0.1/placeholder" };
  parseEnv(ZWebEnv, probe);
  parseEnv(ZWorkerEnv, probe);
}
