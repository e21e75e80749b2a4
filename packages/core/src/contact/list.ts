import type { ServiceCall } from "../call.ts";
import type { ContactMethodDto } from "./dto.ts";
import { mayEdit, methodsOf, ownerOf, toContactDto } from "./internal.ts";

/**
 * A person's contact methods in the order they are paged. With `key`, a webhook's signing secret is
 * included for the person themselves and admins.
 */
export async function listContactMethods({
  db,
  ctx,
  input,
  key = null,
}: ServiceCall<{ email: string }> & { key?: Buffer | null }): Promise<ContactMethodDto[]> {
  const userId = await ownerOf(db, ctx, input, false);
  const shown = mayEdit(ctx, userId) ? key : null;
  return (await methodsOf(db, userId)).map((m) => toContactDto(m, shown));
}
