import { AlertTriangle } from "lucide-react";

/** The provider could not be asked (unreachable, refused the credential): said plainly, with what to check. */
export function ProviderErrorNotice({ message }: { message: string }) {
  return (
    <div
      role="alert"
      className="flex items-start gap-2 rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-500/40 dark:bg-red-500/10 dark:text-red-300"
    >
      <AlertTriangle className="mt-0.5 size-4 shrink-0" aria-hidden />
      <div className="min-w-0">
        <p className="font-semibold">The deployments could not be read</p>
        <p className="break-words">{message}</p>
        <p className="mt-1 text-red-700 dark:text-red-300">
          Check the target's settings and credential; rolling back needs this list.
        </p>
      </div>
    </div>
  );
}
