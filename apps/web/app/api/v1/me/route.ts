import { api } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { ZMe } from "@/lib/api/schemas";

export const dynamic = "force-dynamic";

export const GET = apiRoute(api.me, async ({ ctx }) => {
  const a = ctx.actor as typeof ctx.actor & { name?: string | null };
  return ZMe.parse({ id: a.id, email: a.email, name: a.name ?? null, role: a.role });
});
