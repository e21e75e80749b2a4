"use client";

import { type QueryKey, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { toast } from "sonner";
import { deleteActionItemAction, updateActionItemAction } from "@/app/(dashboard)/postmortems/actions";

/** Save one field of an action item as it changes (or remove the item); the list reads again after. */
export function useItemSave(id: string, queryKey: QueryKey) {
  const qc = useQueryClient();
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [busy, setBusy] = useState(false);
  async function run(action: typeof updateActionItemAction, fields: Record<string, string>, done: string) {
    const form = new FormData();
    form.set("id", id);
    for (const [k, v] of Object.entries(fields)) form.set(k, v);
    setBusy(true);
    try {
      const res = await action({ ok: false }, form);
      setErrors(res.fieldErrors ?? {});
      if (res.ok) toast.success(done);
      else toast.error(res.message ?? "That did not work");
      await qc.invalidateQueries({ queryKey, exact: true });
    } catch {
      toast.error("No connection to the server");
    } finally {
      setBusy(false);
    }
  }
  return {
    errors,
    busy,
    save: (field: string, value: string) => run(updateActionItemAction, { [field]: value }, "Action item saved"),
    remove: () => run(deleteActionItemAction, {}, "Action item removed"),
  };
}
