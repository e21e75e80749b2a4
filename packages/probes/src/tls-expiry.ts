import { X509Certificate } from "node:crypto";
import { isIP } from "node:net";
import tls from "node:tls";
import { abortError, createDeadline, onAbort } from "./abort.ts";
import { type ClassifiedError, classifyTlsVerifyError, failureResult, invalidConfigResult } from "./errors.ts";
import { elapsedMs, type ProbeResult, probeResult } from "./result.ts";
import { type ProbeInput, type TlsCheckConfig, type TlsCheckInput, ZTlsCheckConfig } from "./schemas.ts";
import { trustedCas } from "./tls-trust.ts";

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const SELF_SIGNED = new Set(["DEPTH_ZERO_SELF_SIGNED_CERT", "SELF_SIGNED_CERT_IN_CHAIN"]);
/** Reached only when the leaf's own dates are fine, so these point at another certificate in the chain. */
const CHAIN_DATE_ERRORS: Record<string, string> = {
  CERT_HAS_EXPIRED: "a certificate in its chain has expired",
  CERT_NOT_YET_VALID: "a certificate in its chain is not valid yet",
};

type Handshake = { cert: X509Certificate | undefined; peer: tls.PeerCertificate; authorizationError: unknown };

/** The certificate is read inside the secureConnect handler: once the peer closes it is gone. */
function handshake(options: tls.ConnectionOptions, signal: AbortSignal): Promise<Handshake> {
  return new Promise<Handshake>((resolve, reject) => {
    const socket = tls.connect(options);
    const offAbort = onAbort(signal, () => {
      socket.destroy();
      reject(abortError(signal));
    });
    socket.once("secureConnect", () => {
      offAbort();
      // getPeerX509Certificate() would leave getPeerCertificate() empty (Node 20), so derive it from raw.
      const peer = socket.getPeerCertificate();
      const facts = {
        cert: peer.raw ? new X509Certificate(peer.raw) : undefined,
        peer,
        // Typed as Error, but Node sets the OpenSSL code string here.
        authorizationError: socket.authorizationError as unknown,
      };
      socket.destroy();
      resolve(facts);
    });
    socket.once("error", (err) => {
      offAbort();
      socket.destroy();
      reject(err);
    });
  });
}

function span(ms: number): string {
  if (ms >= DAY_MS) {
    const days = Math.floor(ms / DAY_MS);
    return days === 1 ? "1 day" : `${days} days`;
  }
  const hours = Math.max(1, Math.floor(ms / HOUR_MS));
  return hours === 1 ? "1 hour" : `${hours} hours`;
}

export type CertificateFacts = {
  cert: X509Certificate;
  peer: tls.PeerCertificate;
  /** OpenSSL's verification code, e.g. "DEPTH_ZERO_SELF_SIGNED_CERT", or undefined when trusted. */
  verifyError: string | undefined;
  identity: string;
  now: Date;
};

/** Judge a certificate: dates first, then name, then trust, then the warning window. */
export function evaluateCertificate(
  config: Pick<TlsCheckConfig, "warnDays" | "allowSelfSigned">,
  facts: CertificateFacts,
  latencyMs: number,
): ProbeResult {
  const { cert, identity, now } = facts;
  const validFrom = new Date(cert.validFrom);
  const validTo = new Date(cert.validTo);
  const msLeft = validTo.getTime() - now.getTime();
  const details = {
    subject: cert.subject,
    issuer: cert.issuer,
    subjectAltName: cert.subjectAltName,
    validFrom: validFrom.toISOString(),
    validTo: validTo.toISOString(),
    daysRemaining: Math.floor(msLeft / DAY_MS),
    fingerprint256: cert.fingerprint256,
    selfSigned: cert.subject === cert.issuer && cert.verify(cert.publicKey),
    verifyError: facts.verifyError ?? null,
  };
  const down = (code: ClassifiedError["code"], message: string) =>
    probeResult("DOWN", latencyMs, message, { code, details });
  if (now < validFrom) {
    return down(
      "TLS_NOT_YET_VALID",
      `Certificate for ${identity} is not valid until ${details.validFrom} (in ${span(validFrom.getTime() - now.getTime())})`,
    );
  }
  if (msLeft <= 0) {
    return down("TLS_EXPIRED", `Certificate for ${identity} expired ${span(-msLeft)} ago, on ${details.validTo}`);
  }
  const mismatch = tls.checkServerIdentity(identity, facts.peer);
  if (mismatch) {
    const reason = (mismatch as Error & { reason?: string }).reason ?? mismatch.message;
    return down("TLS_HOSTNAME_MISMATCH", `Certificate does not match ${identity}: ${reason.trim()}`);
  }
  const { verifyError } = facts;
  if (verifyError && !(config.allowSelfSigned && SELF_SIGNED.has(verifyError))) {
    const known = classifyTlsVerifyError(verifyError) ?? {
      code: "TLS_UNTRUSTED",
      message: `the certificate is not trusted (${verifyError})`,
    };
    const reason = CHAIN_DATE_ERRORS[verifyError] ?? known.message;
    return down(known.code, `Certificate for ${identity} is rejected: ${reason}`);
  }
  if (msLeft < config.warnDays * DAY_MS) {
    return probeResult(
      "DEGRADED",
      latencyMs,
      `Certificate for ${identity} expires in ${span(msLeft)}, on ${details.validTo}`,
      {
        code: "TLS_EXPIRING_SOON",
        details,
      },
    );
  }
  return probeResult(
    "UP",
    latencyMs,
    `Certificate for ${identity} is valid for ${span(msLeft)}, until ${details.validTo}`,
    {
      details,
    },
  );
}

/**
 * TLS certificate probe: handshakes without rejecting, then judges the peer certificate itself so
 * an expired or untrusted certificate still yields its dates. Latency is the handshake time.
 */
export async function runTlsExpiryProbe(input: ProbeInput<TlsCheckInput>, signal?: AbortSignal): Promise<ProbeResult> {
  const parsed = ZTlsCheckConfig.safeParse({ ...input, kind: "tls" });
  if (!parsed.success) return invalidConfigResult(parsed.error);
  const config = parsed.data;
  const target = `${config.host}:${config.port}`;
  const servername = config.servername ?? (isIP(config.host) ? undefined : config.host);
  const deadline = createDeadline(config.timeoutMs, signal);
  const startedAt = performance.now();
  try {
    const { cert, peer, authorizationError } = await handshake(
      { host: config.host, port: config.port, servername, ca: trustedCas(config.caPem), rejectUnauthorized: false },
      deadline.signal,
    );
    const latencyMs = elapsedMs(startedAt);
    if (!cert) {
      return probeResult("DOWN", latencyMs, `${target} presented no certificate`, { code: "TLS_HANDSHAKE_FAILED" });
    }
    const verifyError = authorizationError
      ? String((authorizationError as { code?: unknown }).code ?? authorizationError)
      : undefined;
    return evaluateCertificate(
      config,
      { cert, peer, verifyError, identity: servername ?? config.host, now: new Date() },
      latencyMs,
    );
  } catch (err) {
    return failureResult(err, deadline, startedAt, target);
  }
}
