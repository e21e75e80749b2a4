import { apiRoute } from "@/lib/api/route";
import { json } from "@/lib/api/respond";
import { ZMe } from "@/lib/api/schemas";

export const dynamic = "force-dynamic";

export const GET = apiRoute("VIEWER", async ({ ctx }) => {
  const a = ctx.actor as typeof ctx.actor & { name?: string | null };
  return json(ZMe.parse({ id: a.id, email: a.email, name: a.name ?? null, role: a.role }));
});
