import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";

/** Where feed URLs point: NEXTAUTH_URL, else the host this request came to. */
export async function feedBaseUrl(): Promise<string> {
  const configured = env().NEXTAUTH_URL;
  if (configured) return configured;
  const h = await headers();
  const proto = h.get("x-forwarded-proto") ?? "http";
  return `${proto}://${h.get("x-forwarded-host") ?? h.get("host") ?? "localhost"}`;
}
