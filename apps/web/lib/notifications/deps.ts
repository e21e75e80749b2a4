import "server-only";
import { parseKey } from "@opsdeck/core/secrets/crypto";
import { env } from "@/lib/env";

/** What the notification services need from this server: the secrets key and the public URL for links. */
export const notifyDeps = () => ({ key: parseKey(env().OPSDECK_SECRET_KEY), baseUrl: env().NEXTAUTH_URL });
