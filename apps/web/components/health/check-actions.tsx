"use client";

import type { CheckDetailDto } from "@opsdeck/core/check/index";
import type { CheckKind } from "@opsdeck/db";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import {
  deleteCheckAction,
  endMaintenanceAction,
  requestCheckRunAction,
  setCheckPausedAction,
} from "@/app/(dashboard)/services/[slug]/actions";
import { ActionButton } from "./action-button";
import { CheckEditor } from "./check-editor";
import { HeartbeatPingUrl } from "./heartbeat-ping-url";
import { MaintenanceForm } from "./maintenance-form";

type Check = { id: string; name: string; kind: CheckKind; paused: boolean; state: string };

/** The windows are only on the single-check read; fetched only while the check is in maintenance. */
function EndMaintenance({ checkId, slug }: { checkId: string; slug: string }) {
  const q = useQuery({
    queryKey: ["service-health", slug, "check", checkId],
    queryFn: async () =>
      (await (await fetch(`/api/v1/checks/${checkId}?range=1h`, { cache: "no-store" })).json()) as CheckDetailDto,
  });
  const now = Date.now();
  const active = (q.data?.maintenance ?? []).filter((w) => w.checkId === checkId && Date.parse(w.startsAt) <= now);
  return active.map((w) => (
    <ActionButton key={w.id} action={endMaintenanceAction} fields={{ id: w.id }} slug={slug}>
      End maintenance
    </ActionButton>
  ));
}

/** Responder controls for one check. Each button calls one server action; heartbeats run on their pings. */
export function CheckActions({ check: c, slug }: { check: Check; slug: string }) {
  const [maint, setMaint] = useState(false);
  const [editing, setEditing] = useState(false);
  return (
    <div className="min-w-0">
      <div className="flex flex-wrap items-center gap-2">
        <button type="button" className="btn-secondary px-2.5 py-1" aria-expanded={editing} onClick={() => setEditing((v) => !v)}>
          Edit
        </button>
        <ActionButton action={setCheckPausedAction} fields={{ id: c.id, paused: String(!c.paused) }} slug={slug}>
          {c.paused ? "Resume" : "Pause"}
        </ActionButton>
        {!c.paused && c.kind !== "HEARTBEAT" && (
          <ActionButton action={requestCheckRunAction} fields={{ id: c.id }} slug={slug}>
            Run now
          </ActionButton>
        )}
        {c.state === "MAINTENANCE" ? (
          <EndMaintenance checkId={c.id} slug={slug} />
        ) : (
          <button
            type="button"
            className="btn-secondary px-2.5 py-1"
            aria-expanded={maint}
            onClick={() => setMaint((v) => !v)}
          >
            Start maintenance
          </button>
        )}
        <ActionButton
          action={deleteCheckAction}
          fields={{ id: c.id }}
          slug={slug}
          className="btn-danger"
          confirm={`Delete the check "${c.name}" and its history? This cannot be undone.`}
        >
          Delete
        </ActionButton>
        {c.kind === "HEARTBEAT" && <HeartbeatPingUrl checkId={c.id} name={c.name} />}
      </div>
      {editing && <CheckEditor checkId={c.id} slug={slug} onDone={() => setEditing(false)} />}
      {maint && c.state !== "MAINTENANCE" && (
        <MaintenanceForm checkId={c.id} slug={slug} onDone={() => setMaint(false)} />
      )}
    </div>
  );
}
