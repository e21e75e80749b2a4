"use client";

import type { IncidentDetailDto, UserRef } from "@opsdeck/core";
import type { ReactNode } from "react";
import { IncidentNoteForm } from "@/components/forms/incident/note-form";
import { IncidentRolesForm } from "@/components/forms/incident/roles-form";
import { IncidentUpdateForm } from "@/components/forms/incident/update-form";
import { REFETCH, useLiveQuery } from "@/components/live/use-live-query";
import { Freshness } from "@/components/overview/freshness";
import { PageHeader } from "@/components/ui/page-header";
import { fetchJson } from "@/lib/api/fetch-json";
import { IncidentActions, incidentKey } from "./incident-actions";
import { IncidentFacts } from "./incident-facts";
import { IncidentTimeline } from "./incident-timeline";
import { WritePostmortemButton } from "./write-postmortem-button";
import { RoleHistory } from "./role-history";
import { NextUpdatePanel } from "./next-update-panel";
import { SlaPanel } from "./sla-panel";
import { UnansweredBadge } from "@/components/badges/unanswered-badge";

type Props = {
  initial: IncidentDetailDto;
  renderedAt: number;
  liveFrom: number;
  /** Responders and admins: they see the write controls and can be handed a role. */
  people: UserRef[] | null;
  /** The response checklist panel, shown beside the SLA. */
  checklist?: ReactNode;
  /** Who is on call now, shown below the SLA. */
  onCall?: ReactNode;
};

const Panel = ({ title, children }: { title: string; children: React.ReactNode }) => (
  <section className="card min-w-0 p-4" aria-label={title}>
    <h2 className="mb-3 font-semibold">{title}</h2>
    {children}
  </section>
);

/** One incident, read again whenever anyone changes it or adds to its timeline. */
export function IncidentView({ initial, renderedAt, liveFrom, people, checklist, onCall }: Props) {
  const mine = (_: IncidentDetailDto, p: Record<string, unknown>) =>
    p.number === initial.number ? REFETCH : undefined;
  const q = useLiveQuery({
    queryKey: incidentKey(initial.number),
    queryFn: () => fetchJson<IncidentDetailDto>(`/api/v1/incidents/${initial.number}`),
    initialData: initial,
    initialDataUpdatedAt: renderedAt,
    from: liveFrom,
    // A policy change moves the update cadence and the postmortem rule of every incident.
    on: {
      "incident.changed": mine,
      "incident.timeline": mine,
      "response.changed": mine,
      "severity_policy.changed": () => REFETCH,
    },
  });
  const i = q.data ?? initial;
  const open = i.status !== "RESOLVED";
  return (
    <>
      <PageHeader title={`#${i.number} ${i.title}`} description={i.summary ?? undefined} />
      {i.unansweredAt && (
        <p className="mb-4 flex items-center gap-2 text-sm text-red-700 dark:text-red-300" role="status">
          <UnansweredBadge unansweredAt={i.unansweredAt} />
          Every step of the escalation paged and nobody acknowledged.
        </p>
      )}
      {people && (
        <div className="mb-4 flex flex-wrap items-center gap-2">
          <IncidentActions incident={i} />
          <WritePostmortemButton incident={i} />
        </div>
      )}
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="flex min-w-0 flex-col gap-6">
          <IncidentFacts incident={i} />
          <section className="card min-w-0 p-4" aria-labelledby="timeline">
            <div className="mb-4 flex flex-wrap items-baseline justify-between gap-2">
              <h2 id="timeline" className="font-semibold">
                Timeline
              </h2>
              <Freshness of={q} />
            </div>
            <IncidentTimeline events={i.events} detectedAt={i.detectedAt} />
          </section>
        </div>
        <div className="flex min-w-0 flex-col gap-6">
          {i.nextUpdate && <NextUpdatePanel next={i.nextUpdate} severity={i.severity} renderedAt={renderedAt} />}
          <SlaPanel incident={i} renderedAt={renderedAt} />
          {onCall}
          {checklist}
          {people && open && (
            <Panel title="Post an update">
              <IncidentUpdateForm number={i.number} status={i.status} />
            </Panel>
          )}
          {people && (
            <Panel title="Add a note">
              <IncidentNoteForm number={i.number} />
            </Panel>
          )}
          {people && (
            <Panel title="Severity and roles">
              <IncidentRolesForm incident={i} people={people} />
            </Panel>
          )}
          <Panel title="Role history">
            <RoleHistory roles={i.roleHistory} />
          </Panel>
        </div>
      </div>
    </>
  );
}
