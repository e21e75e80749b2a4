import "server-only";
import type { TCreateCheck } from "@opsdeck/core/check/index";

/** Blank → undefined; a number where one parses, else the raw text so the schema names the mistake. */
function num(form: FormData, name: string): number | string | undefined {
  const v = String(form.get(name) ?? "").trim();
  if (v === "") return undefined;
  return /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v;
}

function text(form: FormData, name: string): string | undefined {
  const v = String(form.get(name) ?? "").trim();
  return v === "" ? undefined : v;
}

/**
 * The fields each kind's form shows; everything else is left to the probe's defaults. Headers stay
 * "Name: value" lines: the service parses them and names the bad ones.
 */
function config(kind: string, form: FormData): Record<string, unknown> {
  const c = (name: string) => text(form, `config.${name}`);
  const n = (name: string) => num(form, `config.${name}`);
  switch (kind) {
    case "HTTP": {
      const status = c("expectedStatus");
      return {
        url: c("url"),
        method: c("method"),
        expectedStatus: status?.split(",").map((s) => (/^\d+$/.test(s.trim()) ? Number(s.trim()) : s.trim())),
        bodyContains: c("bodyContains"),
        headers: c("headers"),
      };
    }
    case "TCP":
      return { host: c("host"), port: n("port") };
    case "DNS":
      return { hostname: c("hostname"), recordType: c("recordType"), expectedValue: c("expectedValue") };
    case "TLS":
      return { host: c("host"), port: n("port"), warnDays: n("warnDays") };
    case "POSTGRES":
      return { connectionSecret: c("connectionSecret") };
    case "STRIPE":
      return { apiKeySecret: c("apiKeySecret") };
    case "HEARTBEAT":
      return { periodSeconds: n("periodSeconds"), graceSeconds: n("graceSeconds") };
    default:
      return {};
  }
}

/** Untrusted: createCheck parses it with the shared schemas and returns `config.<field>` errors. */
export function checkInput(form: FormData): TCreateCheck {
  const kind = String(form.get("kind") ?? "");
  const cfg = Object.fromEntries(Object.entries(config(kind, form)).filter(([, v]) => v !== undefined));
  return {
    serviceId: String(form.get("serviceId") ?? ""),
    name: text(form, "name") as string,
    kind,
    config: cfg,
    intervalSeconds: num(form, "intervalSeconds") as number,
    timeoutMs: num(form, "timeoutMs") as number,
    downAfter: num(form, "downAfter") as number,
  };
}
