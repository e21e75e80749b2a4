import "server-only";
import type { Actor, Ctx } from "@opsdeck/core";
import { hasRole, verifyApiToken } from "@opsdeck/core";
import type { Role } from "@opsdeck/db";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { db } from "../db.ts";
import { authOptions } from "./options.ts";

/** `timeZone`: the user's display zone choice (null: the browser's); not known for API tokens. */
export type SessionUser = Actor & { name: string | null; timeZone?: string | null };

/** The signed-in user, re-read from the database so that a disabled user or a role change takes effect at once. */
export const getSession = cache(async (): Promise<SessionUser | null> => {
  const session = (await getServerSession(authOptions())) as { uid?: string } | null;
  if (!session?.uid) return null;
  const user = await db().user.findUnique({ where: { id: session.uid } });
  if (!user || user.disabledAt) return null;
  return { id: user.id, email: user.email, role: user.role, name: user.name, timeZone: user.timeZone };
});

export async function requestId(): Promise<string> {
  return (await headers()).get("x-request-id") ?? crypto.randomUUID();
}

/** For pages: redirect to /login without a session, render 403 without the role. */
export async function requireRole(role: Role = "VIEWER"): Promise<SessionUser> {
  const user = await getSession();
  if (!user) redirect("/login");
  if (!hasRole(user.role, role)) forbidden();
  return user;
}

/** For server actions: the context a core service needs. */
export async function actionCtx(): Promise<Ctx> {
  const user = await getSession();
  if (!user) redirect("/login");
  return { actor: user, requestId: await requestId() };
}

/** For /api/v1 routes: a Bearer API token or the browser session. */
export async function apiActor(req: Request): Promise<SessionUser | null> {
  const auth = req.headers.get("authorization");
  if (auth?.toLowerCase().startsWith("bearer ")) {
    const actor = await verifyApiToken(db(), auth.slice(7).trim(), new Date());
    return actor ? { ...actor, name: actor.name ?? null } : null;
  }
  return getSession();
}
