"use client";

import { type PingUrlState, rotatePingUrlAction, showPingUrlAction } from "@/app/(dashboard)/services/[slug]/actions";
import { PingUrl } from "@/components/forms/check/ping-url";
import { useFormAction } from "@/components/forms/use-form-action";

type Submit = { onSubmit: (e: React.FormEvent<HTMLFormElement>) => void; pending: boolean };

function CheckButton({ checkId, action, children }: { checkId: string; action: Submit; children: string }) {
  return (
    <form onSubmit={action.onSubmit} className="contents">
      <input type="hidden" name="id" value={checkId} />
      <button type="submit" className="btn-secondary px-2.5 py-1" disabled={action.pending}>
        {action.pending ? "Working…" : children}
      </button>
    </form>
  );
}

/** A heartbeat's ping URL, shown on request to responders, and rotated when it may have leaked. */
export function HeartbeatPingUrl({ checkId, name }: { checkId: string; name: string }) {
  const show = useFormAction<PingUrlState>(showPingUrlAction, undefined, { successToast: false });
  const rotate = useFormAction<PingUrlState>(rotatePingUrlAction, undefined, {
    confirm: `Rotate the ping URL of "${name}"? The current URL stops working at once: update the job that calls it.`,
  });
  // The newer of the two answers is the URL that works.
  const path = rotate.state.pingPath ?? show.state.pingPath;
  return (
    <>
      {!path && (
        <CheckButton checkId={checkId} action={show}>
          Show ping URL
        </CheckButton>
      )}
      <CheckButton checkId={checkId} action={rotate}>
        Rotate ping URL
      </CheckButton>
      {path && (
        <div className="order-last basis-full">
          <PingUrl path={path} title={rotate.state.pingPath ? "New ping URL: the old one no longer works." : undefined} />
        </div>
      )}
    </>
  );
}
