"use client";

import type { UserRefDto } from "@opsdeck/core/schedule/dto";
import type { ScheduleViewDto } from "@opsdeck/core/schedule/view";
import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { readScheduleViewAction } from "@/app/(dashboard)/schedules/actions";
import { REFETCH, useLiveQuery } from "@/components/live/use-live-query";
import { unwrapRead } from "@/lib/read-result";
import { OnCallLayers } from "./on-call-layers";
import { OverrideForm } from "./override-form";
import { OverrideItem } from "./override-item";
import { personColours } from "./person-colours";
import { ShiftList } from "./shift-list";
import { ShiftTimeline, TimelineRange } from "./shift-timeline";
import { scheduleKey } from "./schedule-key";
import { TimelineLegend } from "./timeline-legend";
import { useRefetchAt } from "./use-refetch-at";

type Props = {
  initial: ScheduleViewDto;
  renderedAt: number;
  liveFrom: number;
  viewer: { email: string; admin: boolean };
  /** Whom the viewer may put on call; empty for a viewer, who cannot add overrides. */
  people: UserRefDto[];
};

/** A schedule's page: who is on call now, the coming four weeks, and its overrides, kept live. */
export function ScheduleView({ initial, renderedAt, liveFrom, viewer, people }: Props) {
  const id = initial.schedule.id;
  const router = useRouter();
  const client = useQueryClient();
  const [formKey, setFormKey] = useState(0);
  const q = useLiveQuery({
    queryKey: scheduleKey(id),
    queryFn: async () => unwrapRead(await readScheduleViewAction(id)),
    initialData: initial,
    initialDataUpdatedAt: renderedAt,
    from: liveFrom,
    on: { "schedule.changed": (_d, p) => (p.id === id ? REFETCH : undefined) },
  });
  const { schedule, onCall, timeline } = q.data ?? initial;
  useRefetchAt(
    scheduleKey(id),
    onCall.layers.map((l) => l.until),
  );
  const changed = () => {
    void client.invalidateQueries({ queryKey: scheduleKey(id), exact: true });
    router.refresh();
  };
  const members = schedule.layers.flatMap((l) => l.members);
  const shown = timeline.layers.flatMap((l) => l.shifts.map((s) => s.user));
  const colours = personColours([...members, ...shown].map((u) => u.email));
  const onTimeline = [...new Map(shown.map((u) => [u.email, u])).values()].sort(
    (a, b) => [...colours.keys()].indexOf(a.email) - [...colours.keys()].indexOf(b.email),
  );
  return (
    <div className="space-y-6">
      <section aria-labelledby="now-heading" className="card p-4">
        <h2 id="now-heading" className="mb-3 font-semibold">
          On call now
        </h2>
        <OnCallLayers onCall={onCall} />
      </section>
      <section aria-labelledby="weeks-heading" className="card min-w-0 p-4">
        <h2 id="weeks-heading" className="font-semibold">
          Next four weeks
        </h2>
        <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">
          <TimelineRange timeline={timeline} zone={schedule.timeZone} />, days in the schedule's zone (
          {schedule.timeZone}).
        </p>
        <ShiftTimeline timeline={timeline} zone={schedule.timeZone} now={Date.parse(onCall.at)} colours={colours} />
        <TimelineLegend people={onTimeline} colours={colours} />
      </section>
      <section aria-labelledby="shifts-heading" className="card min-w-0 p-4">
        <h2 id="shifts-heading" className="mb-3 font-semibold">
          Shifts
        </h2>
        <ShiftList timeline={timeline} />
      </section>
      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        <section aria-labelledby="overrides-heading" className="card h-fit min-w-0 p-4">
          <h2 id="overrides-heading" className="font-semibold">
            Overrides
          </h2>
          {schedule.overrides.length === 0 ? (
            <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
              None coming: the rotation holds every shift.
            </p>
          ) : (
            <ul aria-label="Coming overrides" className="divide-y divide-slate-100 dark:divide-slate-800">
              {schedule.overrides.map((o) => (
                <OverrideItem
                  key={o.id}
                  scheduleId={id}
                  override={o}
                  canDelete={viewer.admin || o.user.email === viewer.email}
                  onDone={changed}
                />
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="add-override-heading" className="card h-fit min-w-0 p-4">
          <h2 id="add-override-heading" className="mb-3 font-semibold">
            Add an override
          </h2>
          {people.length === 0 ? (
            <p className="text-sm text-slate-600 dark:text-slate-400">Viewers cannot change who is on call.</p>
          ) : (
            <OverrideForm
              key={formKey}
              scheduleId={id}
              layers={schedule.layers.map((l) => l.name)}
              people={people}
              onDone={() => {
                setFormKey((k) => k + 1);
                changed();
              }}
            />
          )}
        </section>
      </div>
    </div>
  );
}
