"use client";

import type { AppMetricsEndpointDto } from "@opsdeck/core/app-metrics/dto";
import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { removeAppMetricsAction, setAppMetricsAction } from "@/app/(dashboard)/services/[slug]/metrics/actions";
import { SubmitRow } from "@/components/forms/submit-row";
import { useFormAction } from "@/components/forms/use-form-action";
import { Field } from "@/components/ui/field";

type Props = { slug: string; endpoint: AppMetricsEndpointDto | null };

type NameProps = {
  name: string;
  label: string;
  hint: string;
  placeholder: string;
  value: string | null | undefined;
  errors?: string[];
  wide?: boolean;
};

/** A metric or label name, in monospace, blank for the default shown as placeholder. */
function NameField({ name, label, hint, placeholder, value, errors, wide }: NameProps) {
  const id = `app-metrics-${name}`;
  return (
    <div className={wide ? "sm:col-span-2" : undefined}>
      <Field label={label} name={name} id={id} errors={errors} hint={hint}>
        <input
          id={id}
          name={name}
          className="input font-mono"
          autoComplete="off"
          placeholder={placeholder}
          defaultValue={value ?? ""}
        />
      </Field>
    </div>
  );
}

/** Where the worker scrapes the service's Prometheus metrics, and which metrics it reads. */
export function EndpointForm({ slug, endpoint }: Props) {
  const router = useRouter();
  const qc = useQueryClient();
  // The charts' query (any range) reads the endpoint too: read again at once, not on the next event.
  const done = () => {
    void qc.invalidateQueries({ queryKey: ["app-metrics", slug] });
    router.refresh();
  };
  const { state, pending, onSubmit, fieldErrors: fe } = useFormAction(setAppMetricsAction, done);
  const remove = useFormAction(removeAppMetricsAction, done, {
    confirm: "Stop scraping this service's metrics? The charts keep what was scraped so far.",
  });
  const id = (n: string) => `app-metrics-${n}`;
  return (
    <div className="grid gap-3">
      <form onSubmit={onSubmit} className="grid gap-3 sm:grid-cols-2" noValidate aria-label="Metrics endpoint">
        <input type="hidden" name="serviceSlug" value={slug} />
        <div className="sm:col-span-2">
          <Field
            label="Metrics URL"
            name="url"
            id={id("url")}
            errors={fe.url}
            hint="A Prometheus text endpoint, e.g. https://api.example.com/metrics"
          >
            <input id={id("url")} name="url" className="input" inputMode="url" defaultValue={endpoint?.url ?? ""} />
          </Field>
        </div>
        <Field
          label="Bearer token"
          name="token"
          id={id("token")}
          errors={fe.token}
          hint={endpoint?.hasToken ? "A token is stored; leave blank to keep it." : "Optional; stored encrypted."}
        >
          <input id={id("token")} name="token" type="password" className="input" autoComplete="off" />
        </Field>
        {endpoint?.hasToken ? (
          <label className="flex items-center gap-2 self-end pb-2 text-sm">
            <input type="checkbox" name="clearToken" />
            Remove the stored token
          </label>
        ) : (
          <div />
        )}
        <NameField
          name="requestMetric"
          label="Request counter"
          hint="Counts requests; blank uses http_requests_total."
          placeholder="http_requests_total"
          value={endpoint?.requestMetric}
          errors={fe.requestMetric}
        />
        <NameField
          name="statusLabel"
          label="Status label"
          hint='Holds the HTTP status; blank tries "code", then "status".'
          placeholder="code"
          value={endpoint?.statusLabel}
          errors={fe.statusLabel}
        />
        <NameField
          name="durationMetric"
          label="Duration histogram"
          hint="Its _bucket series give the percentiles; seconds unless named …_milliseconds or …_ms."
          placeholder="http_request_duration_seconds"
          value={endpoint?.durationMetric}
          errors={fe.durationMetric}
          wide
        />
        <SubmitRow pending={pending} label="Save endpoint" busy="Saving…" state={state} />
      </form>
      {endpoint && (
        <form onSubmit={remove.onSubmit} aria-label="Stop scraping">
          <input type="hidden" name="serviceSlug" value={slug} />
          <button type="submit" className="btn-secondary" disabled={remove.pending}>
            {remove.pending ? "Removing…" : "Stop scraping"}
          </button>
        </form>
      )}
    </div>
  );
}
