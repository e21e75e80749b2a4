import "server-only";
import type { ActionDeps } from "@opsdeck/core";
import { parseKey } from "@opsdeck/core/secrets/crypto";
import { env } from "@/lib/env";

/** What the action services need from this server: the secrets key (credentials are decrypted server side only). */
export const actionDeps = (): ActionDeps => ({ secretKey: parseKey(env().OPSDECK_SECRET_KEY), env: process.env });
