import { Badge } from "./badge";

/** Red while an incident's escalation has run out with nobody acknowledging; nothing otherwise. */
export function UnansweredBadge({ unansweredAt }: { unansweredAt: string | null }) {
  if (!unansweredAt) return null;
  return (
    <Badge tone="red" title={`Every step of the escalation paged, nobody acknowledged (since ${unansweredAt})`}>
      Unanswered
    </Badge>
  );
}
