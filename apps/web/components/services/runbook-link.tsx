import { ExternalLink } from "lucide-react";

/** Only http(s) links are followed: a stored `javascript:` URL must never become a live link. */
export function RunbookLink({ url }: { url: string | null }) {
  if (!url || !/^https?:\/\//i.test(url)) return null;
  return (
    <a href={url} target="_blank" rel="noopener noreferrer" className="inline-flex min-w-0 items-center gap-1 font-medium text-emerald-700 hover:underline dark:text-emerald-400">
      <ExternalLink className="size-4 shrink-0" aria-hidden />
      <span className="truncate">External runbook</span>
    </a>
  );
}
