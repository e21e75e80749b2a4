import "server-only";
import { getPostmortem, NotFoundError, ValidationError } from "@opsdeck/core";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db";

/** The postmortem of the path, or the 404 page. Not cached: the editor's page reads it after its live cursor. */
export async function loadPostmortem(id: string) {
  const me = await requireRole("VIEWER");
  try {
    return await getPostmortem({ db: db(), ctx: { actor: me }, input: { id } });
  } catch (err) {
    if (err instanceof NotFoundError || err instanceof ValidationError) notFound();
    throw err;
  }
}
