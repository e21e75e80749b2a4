import "server-only";
import { parseKey } from "@opsdeck/core/secrets/crypto";
import { env } from "@/lib/env";

/** What the database services need from this server: the key that decrypts connection URLs. */
export const insightsDeps = () => ({ secretKey: parseKey(env().OPSDECK_SECRET_KEY) });
