import Link from "next/link";

/** "← Incidents" above a detail page's title. */
export function BackLink({ href, children }: { href: string; children: string }) {
  return (
    <p className="mb-2 text-sm">
      <Link href={href} className="text-slate-500 hover:underline dark:text-slate-400">
        ← {children}
      </Link>
    </p>
  );
}
