import type { Severity } from "@opsdeck/db";
import { Badge, type Tone } from "./badge";

const TONE: Record<Severity, Tone> = { P0: "red", P1: "orange", P2: "amber", P3: "sky" };
const NAME: Record<Severity, string> = { P0: "Critical", P1: "High", P2: "Medium", P3: "Low" };

/** P0 red, P1 orange, P2 amber, P3 blue; the full name is in the tooltip, or inline with `long`. */
export function SeverityBadge({ severity, long = false }: { severity: Severity; long?: boolean }) {
  return (
    <Badge tone={TONE[severity]} title={`${severity} – ${NAME[severity]}`}>
      {long ? `${severity} · ${NAME[severity]}` : severity}
    </Badge>
  );
}
