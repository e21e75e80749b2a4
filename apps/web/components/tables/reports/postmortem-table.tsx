import { ScrollRegion } from "@/components/ui/scroll-region";
import type { PostmortemOutcome, PostmortemSummary } from "@opsdeck/core/report/index";
import Link from "next/link";
import { Badge, type Tone } from "@/components/badges/badge";
import { SeverityBadge } from "@/components/badges/severity-badge";
import { Time } from "@/components/ui/time";

const OUTCOME: Record<PostmortemOutcome, { label: string; tone: Tone }> = {
  on_time: { label: "On time", tone: "emerald" },
  late: { label: "Late", tone: "amber" },
  overdue: { label: "Overdue", tone: "red" },
  due: { label: "Due", tone: "slate" },
};

const STATUS: Record<string, string> = { DRAFT: "Draft", IN_REVIEW: "In review", PUBLISHED: "Published" };

/** Each postmortem with a due time: its incident, when it was due, when it was published, and the verdict. */
export function PostmortemTable({ summary }: { summary: PostmortemSummary }) {
  if (summary.rows.length === 0)
    return (
      <p className="card p-4 text-sm text-slate-500 dark:text-slate-400">
        No postmortem was due for the incidents of this period.
      </p>
    );
  return (
    <ScrollRegion label="Postmortems of the period's incidents" className="card relative">
      <table className="table-base min-w-[40rem]">
        <caption className="sr-only">Postmortems of the period&apos;s incidents, soonest due first</caption>
        <thead>
          <tr>
            <th scope="col">Incident</th>
            <th scope="col">Severity</th>
            <th scope="col">Due</th>
            <th scope="col">Published</th>
            <th scope="col">Outcome</th>
          </tr>
        </thead>
        <tbody>
          {summary.rows.map((r) => (
            <tr key={r.incident.number}>
              <td>
                <Link href={`/incidents/${r.incident.number}`} className="font-medium hover:underline">
                  #{r.incident.number} {r.incident.title}
                </Link>
              </td>
              <td>
                <SeverityBadge severity={r.incident.severity} />
              </td>
              <td className="whitespace-nowrap">
                <Time iso={r.dueAt} />
              </td>
              <td className="whitespace-nowrap">
                {r.publishedAt ? (
                  <Time iso={r.publishedAt} />
                ) : (
                  <span className="text-slate-500 dark:text-slate-400">
                    {r.postmortem
                      ? `${STATUS[r.postmortem.status] ?? r.postmortem.status}, not published`
                      : "Not started"}
                  </span>
                )}
              </td>
              <td>
                <Badge tone={OUTCOME[r.outcome].tone}>{OUTCOME[r.outcome].label}</Badge>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
