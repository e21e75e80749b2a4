import type { ServiceRef } from "@opsdeck/core/incident/dto";
import Link from "next/link";

/** Every service an incident affects, each a link; `none` when it names none. */
export function ServiceLinks({
  services,
  none,
  className,
}: {
  services: ServiceRef[];
  none: string;
  className?: string;
}) {
  if (services.length === 0) return <span className="text-slate-500 dark:text-slate-400">{none}</span>;
  return (
    <span className={className}>
      {services.map((s, n) => (
        <span key={s.id}>
          {n > 0 && ", "}
          <Link href={`/services/${s.slug}`} className="hover:underline">
            {s.name}
          </Link>
        </span>
      ))}
    </span>
  );
}
