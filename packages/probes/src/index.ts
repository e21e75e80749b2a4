export { abortError, createDeadline, type Deadline, onAbort, raceAbort } from "./abort.ts";
export { answersContain, runDnsProbe } from "./dns.ts";
export { formatDuration } from "./duration.ts";
export {
  type ClassifiedError,
  classifyError,
  classifyTlsVerifyError,
  deadlineResult,
  failureResult,
  invalidConfigResult,
  ProbeError,
} from "./errors.ts";
export { evaluateHeartbeat, type HeartbeatState } from "./heartbeat.ts";
export { MAX_REDIRECTS, runHttpProbe } from "./http.ts";
export { evaluateHttpResponse, type HttpResponse, MAX_BODY_BYTES } from "./http-assertions.ts";
export { evaluateJsonPath, type JsonPathOutcome, jsonPathError } from "./json-path.ts";
export { PROBE_APPLICATION_NAME, runPostgresProbe } from "./postgres.ts";
export {
  elapsedMs,
  PROBE_ERROR_CODES,
  PROBE_STATUSES,
  type ProbeErrorCode,
  type ProbeResult,
  type ProbeStatus,
  probeResult,
  type ResultExtras,
} from "./result.ts";
export { type RunProbeOptions, runProbe } from "./run-probe.ts";
export * from "./schemas.ts";
export {
  describeStatusRanges,
  parseStatusSpec,
  parseStatusSpecs,
  type StatusRange,
  type StatusSpec,
  statusMatches,
} from "./status-ranges.ts";
export { runStripeProbe, STRIPE_API_URL } from "./stripe.ts";
export { runTcpProbe } from "./tcp.ts";
export { type CertificateFacts, evaluateCertificate, runTlsExpiryProbe } from "./tls-expiry.ts";
export { trustedCas } from "./tls-trust.ts";
