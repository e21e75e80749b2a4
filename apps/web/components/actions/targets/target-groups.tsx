import type { TargetDto } from "@opsdeck/core";
import { ACTION_LABEL, TARGET_KINDS } from "@opsdeck/core/action/kinds";
import Link from "next/link";
import { Badge } from "@/components/badges/badge";
import { TARGET_KIND_LABEL } from "../format";

/** Targets grouped by kind: each with its service and the actions it offers, linking to its page. */
export function TargetGroups({ targets, isAdmin }: { targets: TargetDto[]; isAdmin: boolean }) {
  const groups = TARGET_KINDS.map((kind) => ({ kind, items: targets.filter((t) => t.kind === kind) })).filter(
    (g) => g.items.length > 0,
  );
  if (groups.length === 0)
    return (
      <p className="card p-6 text-center text-sm text-slate-500 dark:text-slate-400">
        No targets yet.{" "}
        {isAdmin ? (
          <Link href="/actions/targets/new" className="font-medium text-emerald-700 underline dark:text-emerald-400">
            Add the first one
          </Link>
        ) : (
          "An admin adds deploy, database and Stripe targets here."
        )}
      </p>
    );
  return (
    <div className="grid gap-6">
      {groups.map((g) => (
        <section key={g.kind} aria-labelledby={`kind-${g.kind}`}>
          <h3
            id={`kind-${g.kind}`}
            className="mb-2 text-sm font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400"
          >
            {TARGET_KIND_LABEL[g.kind]}
          </h3>
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {g.items.map((t) => (
              <li key={t.id} className="card flex min-w-0 flex-col gap-1.5 p-4">
                <Link href={`/actions/targets/${t.id}`} className="font-medium break-words hover:underline">
                  {t.name}
                </Link>
                <p className="text-sm text-slate-600 dark:text-slate-400">
                  {t.service ? (
                    <Link href={`/services/${t.service.slug}`} className="hover:underline">
                      {t.service.name}
                    </Link>
                  ) : (
                    "No service"
                  )}
                </p>
                <div className="flex flex-wrap gap-1.5">
                  {t.actions.map((a) => (
                    <Badge key={a} tone="slate">
                      {ACTION_LABEL[a]}
                    </Badge>
                  ))}
                  {t.requireApproval && (
                    <Badge tone="amber" title="Roll backs and restores need a second person's approval">
                      Two-person rule
                    </Badge>
                  )}
                </div>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
