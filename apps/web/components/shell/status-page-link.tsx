import { Globe } from "lucide-react";

/** The public status page is a plain document outside the app, hence a plain link (no prefetch). */
export function StatusPageLink() {
  return (
    <a
      href="/status"
      className="flex items-center gap-3 rounded-md px-3 py-2 text-sm text-slate-600 hover:bg-slate-100 hover:text-slate-900 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white"
    >
      <Globe className="size-4 shrink-0" aria-hidden />
      Public status page
    </a>
  );
}
