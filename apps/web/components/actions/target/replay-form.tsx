"use client";

import { useState } from "react";
import { requestActionAction } from "@/app/(dashboard)/actions/actions";
import { useFormAction } from "@/components/forms/use-form-action";
import { Field } from "@/components/ui/field";
import { newIdempotencyKey } from "@/lib/idempotency-key";
import { ConflictNotice } from "../request/conflict-notice";
import { FailedEvents } from "./failed-events";
import { useTargetRuns } from "./use-target-runs";

/** Resend Stripe events to one webhook endpoint; best effort, each event's outcome is on the run page. */
export function ReplayForm({ targetId }: { targetId: string }) {
  const [key] = useState(newIdempotencyKey);
  const runs = useTargetRuns(targetId);
  const {
    state,
    pending,
    onSubmit,
    fieldErrors: fe,
  } = useFormAction(requestActionAction, undefined, { successToast: false });
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate aria-label="Replay webhooks">
      <input type="hidden" name="kind" value="REPLAY" />
      <input type="hidden" name="targetId" value={targetId} />
      <input type="hidden" name="idempotencyKey" value={key} />
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Best effort: Stripe resends each event to the endpoint; some may fail while others go through, and the endpoint
        may see an event twice.
      </p>
      <FailedEvents targetId={targetId} endpointError={fe["params.endpointId"]} />
      <Field
        label="Other event ids, one per line"
        name="params.eventIds"
        id="replay-events"
        errors={fe["params.eventIds"]}
        hint="Each starts with evt_; with those ticked above, at most 500."
      >
        <textarea
          id="replay-events"
          name="params.eventIds"
          rows={3}
          className="input font-mono"
          spellCheck={false}
          placeholder={"evt_…\nevt_…"}
        />
      </Field>
      {state.code === "CONFLICT" && state.message && (
        <ConflictNotice message={state.message} targetId={targetId} runs={runs} />
      )}
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className="btn-primary" disabled={pending}>
          {pending ? "Requesting…" : "Replay chosen events"}
        </button>
        {!state.ok && state.message && state.code !== "CONFLICT" && (
          <p role="alert" className="text-sm text-red-600 dark:text-red-400">
            {state.message}
          </p>
        )}
      </div>
    </form>
  );
}
