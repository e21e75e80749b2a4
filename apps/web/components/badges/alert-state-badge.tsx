import type { AlertState } from "@opsdeck/db";
import { Badge, type Tone } from "./badge";

const TONE: Record<AlertState, Tone> = { OK: "emerald", PENDING: "amber", FIRING: "red", RESOLVED: "sky" };

export function AlertStateBadge({ state }: { state: AlertState }) {
  return <Badge tone={TONE[state]}>{state}</Badge>;
}
