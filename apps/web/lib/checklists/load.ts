import "server-only";
import { getChecklist, NotFoundError, ValidationError } from "@opsdeck/core";
import { notFound } from "next/navigation";
import { cache } from "react";
import { requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db";

/** A read for a page: a checklist or run that does not exist (or cannot, by its slug) is a 404. */
export async function orNotFound<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (err) {
    if (err instanceof NotFoundError || err instanceof ValidationError) notFound();
    throw err;
  }
}

/** The checklist with its items and latest runs, read once per request for the metadata and the page. */
export const loadChecklist = cache(async (slug: string) => {
  const me = await requireRole("VIEWER");
  return orNotFound(() => getChecklist({ db: db(), ctx: { actor: me }, input: { slug } }));
});
