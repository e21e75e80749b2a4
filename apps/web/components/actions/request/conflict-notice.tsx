import Link from "next/link";

type Props = { message: string; targetId: string; runs?: { id: string; number: number }[] };

/**
 * A refused request because another run is live on the target: the server's message names the run
 * by number; the link opens it when this page knows it, or the target's runs otherwise.
 */
export function ConflictNotice({ message, targetId, runs = [] }: Props) {
  const number = Number(/Run #(\d+)/.exec(message)?.[1]);
  const run = runs.find((r) => r.number === number);
  return (
    <div
      role="alert"
      className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-500/40 dark:bg-amber-500/10 dark:text-amber-200"
    >
      <p className="break-words">{message}</p>
      <p className="mt-1">
        {run ? (
          <Link href={`/actions/${run.id}`} className="font-medium underline">
            Open run #{run.number}
          </Link>
        ) : (
          <Link href={`/actions?targetId=${encodeURIComponent(targetId)}`} className="font-medium underline">
            See this target's runs
          </Link>
        )}
      </p>
    </div>
  );
}
