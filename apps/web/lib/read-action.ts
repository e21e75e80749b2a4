import "server-only";
import { DomainError } from "@opsdeck/core";
import { ProviderError } from "@opsdeck/integrations";
import type { ReadResult } from "./read-result";

/**
 * Run a read for a client refetch: expected errors (a refused read, a provider that cannot be
 * reached) come back as their message; anything else is logged with a reference and hidden.
 */
export async function readAction<T>(run: () => Promise<T>): Promise<ReadResult<T>> {
  try {
    return { ok: true, data: await run() };
  } catch (err) {
    if (err instanceof DomainError || err instanceof ProviderError) return { ok: false, message: err.message };
    const ref = crypto.randomUUID().slice(0, 8);
    console.error(
      JSON.stringify({ level: "error", ref, msg: "read failed", err: String(err), stack: (err as Error)?.stack }),
    );
    return { ok: false, message: `Something went wrong on our side (ref ${ref})` };
  }
}
