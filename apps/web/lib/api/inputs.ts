import {
  ZCheckRef,
  ZCreateCheck,
  ZCreateMaintenance,
  ZGetCheck,
  ZGetServiceHealth,
  ZUpdateCheck,
  MAX_BULK_CHECKS,
} from "@opsdeck/core/check/schemas";
import {
  atLeastOneChange,
  INCIDENT_PATCH_FIELDS,
  NOTHING_TO_CHANGE,
  ZAddIncidentNote,
  ZDeclareIncident,
  ZIncidentNumber,
  ZIncidentStatusFilter,
  ZPostIncidentUpdate,
  ZSeverity,
} from "@opsdeck/core/incident/schemas";
import { ZCreateService, ZDeleteService, ZUpdateService } from "@opsdeck/core/service/schemas";
import {
  CHECK_KINDS,
  type CheckKind,
  ZDnsCheckConfig,
  ZHeartbeatCheckConfig,
  ZHttpCheckConfig,
  ZPostgresCheckConfig,
  ZStripeCheckConfig,
  ZTcpCheckConfig,
  ZTlsCheckConfig,
} from "@opsdeck/probes/schemas";
import { z } from "zod";
import { pageQuery } from "./page-inputs.ts";

/*
 * Request schemas of /api/v1, built from the schemas the core services validate with. Routes check
 * their input with these and the OpenAPI document is generated from them. Bodies refuse unknown
 * fields (400); fields that come from the path are left out of the bodies.
 */

/** Path parameters. */
export const ZCheckIdParam = z.object({ id: ZCheckRef.shape.id });
export const ZServiceSlugParam = z.object({ slug: ZDeleteService.shape.serviceSlug });

/** Query parameters. */
export const ZRangeQuery = ZGetCheck.omit({ id: true });
export const ZServiceRangeQuery = ZGetServiceHealth.omit({ serviceSlug: true });

export const ZCreateServiceBody = z.strictObject(ZCreateService.shape);
export const ZUpdateServiceBody = z.strictObject(ZUpdateService.omit({ serviceSlug: true }).shape);

const headerLines = z.string().describe('Headers as text, one "Name: value" per line');
const withoutKind = <S extends { kind: unknown }>({ kind: _kind, ...rest }: S) => rest;

const { jsonPath } = ZHttpCheckConfig.shape;
/** Any value a JSON body can hold (the probes' z.json() is recursive, which generated clients cannot type). */
const jsonPathAssertion = z.strictObject({
  ...jsonPath.unwrap().shape,
  equals: z
    .unknown()
    .refine((v) => v !== undefined, "Give the expected value")
    .describe("Any JSON value"),
});

/** The probes' config of each kind without its `kind`: the check names it once, at the top. */
const configs = {
  http: z.strictObject({
    ...withoutKind(ZHttpCheckConfig.shape),
    headers: z.union([ZHttpCheckConfig.shape.headers.unwrap(), headerLines]).optional(),
    jsonPath: jsonPathAssertion.optional(),
  }),
  tcp: z.strictObject(withoutKind(ZTcpCheckConfig.shape)),
  dns: z.strictObject(withoutKind(ZDnsCheckConfig.shape)),
  tls: z.strictObject(withoutKind(ZTlsCheckConfig.shape)),
  postgres: z
    .strictObject(withoutKind(ZPostgresCheckConfig.shape))
    .describe("Give exactly one of url and connectionSecret"),
  stripe: z.strictObject(withoutKind(ZStripeCheckConfig.shape)),
  heartbeat: z.strictObject(withoutKind(ZHeartbeatCheckConfig.shape)),
} satisfies Record<CheckKind, z.ZodObject>;

/** "http" or "HTTP": the API has always taken either spelling. */
const kindOf = <K extends CheckKind>(kind: K) => z.enum([kind, kind.toUpperCase() as Uppercase<K>]);
const kindError = {
  error: (issue: z.core.$ZodRawIssue) =>
    issue.code === "invalid_union" ? `Use one of ${CHECK_KINDS.join(", ")}` : undefined,
};

const { kind: _k, config: _c, ...createFields } = ZCreateCheck.shape;
export const ZCreateCheckBody = z.discriminatedUnion(
  "kind",
  CHECK_KINDS.map((kind) =>
    z.strictObject({ ...createFields, kind: kindOf(kind), config: configs[kind] }),
  ) as unknown as [z.ZodObject, ...z.ZodObject[]],
  kindError,
) as unknown as z.ZodType<unknown, CreateCheckBody>;

/** Up to 1,000 checks, each as POST /api/v1/checks takes one. */
export const ZCreateChecksBody = z.strictObject({
  checks: z
    .array(ZCreateCheckBody, { error: "Send the checks as an array" })
    .min(1, "Send at least one check")
    .max(MAX_BULK_CHECKS, `Send at most ${MAX_BULK_CHECKS} checks per call`),
});

const { id: _id, kind: _uk, config: _uc, ...updateFields } = ZUpdateCheck.shape;
/** A config is checked against the kind sent with it, or else against the check's current kind. */
export const ZUpdateCheckBody = z.discriminatedUnion(
  "kind",
  [
    ...CHECK_KINDS.map((kind) =>
      z.strictObject({ ...updateFields, kind: kindOf(kind), config: configs[kind].optional() }),
    ),
    z.strictObject({
      ...updateFields,
      kind: z.undefined().optional(),
      config: z.union(Object.values(configs)).optional(),
    }),
  ] as unknown as [z.ZodObject, ...z.ZodObject[]],
  kindError,
) as unknown as z.ZodType<unknown, UpdateCheckBody>;

type Configs = typeof configs;
type CreateFields = z.input<z.ZodObject<typeof createFields>>;
type UpdateFields = z.input<z.ZodObject<typeof updateFields>>;
export type CreateCheckBody = {
  [K in CheckKind]: CreateFields & { kind: K | Uppercase<K>; config: z.input<Configs[K]> };
}[CheckKind];
export type UpdateCheckBody =
  | { [K in CheckKind]: UpdateFields & { kind: K | Uppercase<K>; config?: z.input<Configs[K]> } }[CheckKind]
  | (UpdateFields & { kind?: undefined; config?: z.input<Configs[CheckKind]> });

const instant = (error: string) => z.iso.datetime({ offset: true, error });
const { reason } = ZCreateMaintenance.shape;
/** The window covers the check named in the path. */
export const ZCreateMaintenanceBody = z.strictObject({
  startsAt: instant("Enter a start time as an ISO 8601 date-time").optional().describe("Defaults to now"),
  endsAt: instant("Enter an end time as an ISO 8601 date-time"),
  reason,
});

/** Incidents: the number in the path, the rest in strict bodies built from the core's schemas. */
export const ZIncidentNumberParam = z.object({ number: ZIncidentNumber });
export const ZListIncidentsQuery = z.object({
  status: ZIncidentStatusFilter.optional().describe('"open" (the default) is everything not RESOLVED'),
  severity: ZSeverity.optional(),
  ...pageQuery(200, 200),
});
export const ZDeclareIncidentBody = z.strictObject(ZDeclareIncident.shape);
export const ZIncidentUpdateBody = z.strictObject(ZPostIncidentUpdate.omit({ number: true }).shape);
export const ZIncidentNoteBody = z.strictObject(ZAddIncidentNote.omit({ number: true }).shape);
export const ZPatchIncidentBody = z.strictObject(INCIDENT_PATCH_FIELDS).refine(atLeastOneChange, NOTHING_TO_CHANGE);
