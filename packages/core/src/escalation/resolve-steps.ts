import { ValidationError } from "../errors.ts";
import { usersByEmail } from "../schedule/internal.ts";
import type { Tx } from "./internal.ts";
import type { ZStep } from "./schemas.ts";
import type { z } from "zod";

type Step = z.output<typeof ZStep>;
export type StepRow = {
  scheduleId: string | null;
  layerName: string | null;
  userId: string | null;
  waitMinutes: number;
};

/** The steps as rows: each schedule, layer and user looked up, an unknown one a field error naming its step. */
export async function resolveSteps(tx: Tx, steps: Step[]): Promise<StepRow[]> {
  const names = [...new Set(steps.flatMap((s) => (s.notify.schedule ? [s.notify.schedule] : [])))];
  const schedules = await tx.onCallSchedule.findMany({
    where: { name: { in: names, mode: "insensitive" } },
    select: { id: true, name: true, layers: { select: { name: true } } },
  });
  const errors: Record<string, string[]> = {};
  const rows = steps.map((s, i): StepRow => {
    const { schedule, layer, email } = s.notify;
    if (email) return { scheduleId: null, layerName: null, userId: null, waitMinutes: s.waitMinutes };
    const found = schedules.find((x) => x.name.toLowerCase() === schedule?.toLowerCase());
    if (!found) {
      errors[`steps.${i}.notify.schedule`] = [`No schedule is named ${schedule}`];
      return { scheduleId: null, layerName: null, userId: null, waitMinutes: s.waitMinutes };
    }
    const l = found.layers.find((x) => x.name.toLowerCase() === layer?.toLowerCase());
    if (!l) errors[`steps.${i}.notify.layer`] = [`${found.name} has no layer named ${layer}`];
    return { scheduleId: found.id, layerName: l?.name ?? null, userId: null, waitMinutes: s.waitMinutes };
  });
  const wanted = steps.flatMap((s, i) =>
    s.notify.email ? [{ field: `steps.${i}.notify.email`, email: s.notify.email }] : [],
  );
  let users = new Map<string, { id: string }>();
  try {
    users = await usersByEmail(tx, wanted);
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    Object.assign(errors, e.fieldErrors);
  }
  if (Object.keys(errors).length) throw new ValidationError(errors);
  return rows.map((r, i) => {
    const email = steps[i]?.notify.email;
    return email ? { ...r, userId: users.get(email)?.id ?? null } : r;
  });
}
