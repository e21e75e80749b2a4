"use client";

import type { CheckDetailDto } from "@opsdeck/core/check/index";
import { useQuery } from "@tanstack/react-query";
import { CreateCheckForm } from "@/components/forms/check/create-check-form";

/** The add-check form, filled in with this check's stored settings. */
export function CheckEditor({ checkId, slug, onDone }: { checkId: string; slug: string; onDone: () => void }) {
  const q = useQuery({
    queryKey: ["service-health", slug, "check", checkId, "settings"],
    queryFn: async () => {
      const res = await fetch(`/api/v1/checks/${checkId}?range=1h`, { cache: "no-store" });
      if (!res.ok) throw new Error(`The check could not be read (${res.status})`);
      return ((await res.json()) as CheckDetailDto).check;
    },
    staleTime: 0,
  });
  if (q.isError) return <p role="alert" className="mt-2 text-sm text-red-600 dark:text-red-400">{q.error.message}</p>;
  if (!q.data) return <p className="mt-2 text-sm text-slate-500 dark:text-slate-400">Loading its settings…</p>;
  return (
    <div className="mt-2 rounded-md border border-slate-200 p-3 dark:border-slate-700">
      <CreateCheckForm serviceId={q.data.serviceId} slug={slug} check={q.data} onSaved={onDone} />
    </div>
  );
}
