import "server-only";
import { parseKey } from "@opsdeck/core/secrets/crypto";
import { env } from "@/lib/env";

/** The key that seals credentials this server stores (a service's metrics token). */
export const secretKeyDeps = () => ({ secretKey: parseKey(env().OPSDECK_SECRET_KEY) });
