import { z } from "zod";
import { ZScheduleRef } from "../schedule/schemas.ts";

export const MAX_HANDOFF_NOTE = 2000;

/** A shift that started longer ago than this gets no handoff: a worker that was down sends nothing stale. */
export const HANDOFF_WINDOW_MS = 15 * 60_000;

export const ZHandoffNoteFields = {
  layer: z
    .string({ error: "Name the layer" })
    .trim()
    .min(1, "Name the layer")
    .max(50, "Use at most 50 characters")
    .describe("The layer's name, as in the schedule"),
  note: z
    .string({ error: "Write the note" })
    .trim()
    .max(MAX_HANDOFF_NOTE, `Use at most ${MAX_HANDOFF_NOTE} characters`)
    .describe("What the next person should know, sent with the layer's next handoff; empty removes it"),
};

export const ZWriteHandoffNote = z.object({ id: ZScheduleRef.shape.id, ...ZHandoffNoteFields });
export type TWriteHandoffNote = z.input<typeof ZWriteHandoffNote>;
