import type { z } from "zod";
import type { JsonClient } from "../http/json-client.ts";
import type { ParamValue } from "../http/encode-params.ts";
import { parseBody } from "../http/parse-body.ts";
import { zStripeList } from "./schemas.ts";

/** Walks a Stripe list with `starting_after` until `has_more` is false or `limit` items are read. */
export async function listPages<T extends z.ZodType<{ id: string }>>(
  http: JsonClient,
  path: string,
  item: T,
  { query = {}, limit, signal }: { query?: Record<string, ParamValue>; limit: number; signal?: AbortSignal },
): Promise<z.infer<T>[]> {
  const schema = zStripeList(item);
  const out: z.infer<T>[] = [];
  let startingAfter: string | undefined;
  while (out.length < limit) {
    const body = await http.request("GET", path, {
      query: { ...query, limit: Math.min(100, limit - out.length), starting_after: startingAfter },
      signal,
    });
    const page = parseBody(schema, body, `Stripe's ${path} list`);
    out.push(...page.data);
    if (!page.has_more || page.data.length === 0) break;
    startingAfter = page.data.at(-1)?.id;
  }
  return out.slice(0, limit);
}
