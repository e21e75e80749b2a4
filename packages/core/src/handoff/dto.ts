import type { UserRefDto } from "../schedule/dto.ts";

/** A layer's next handoff: when, from whom to whom, and the note that goes with it. */
export type HandoffNoteDto = {
  layer: string;
  /** The current shift's end, the next one's start; null before the rotation starts without an override. */
  handoffAt: string | null;
  from: UserRefDto | null;
  to: UserRefDto | null;
  note: string;
  author: string | null;
  updatedAt: string | null;
  /** Whether the caller may write it: the person on call now, or an admin. */
  mayEdit: boolean;
};

/** One contact method's share of a sent handoff. */
export type HandoffOutcome = { kind: string; address: string; ok: boolean; detail: string };
