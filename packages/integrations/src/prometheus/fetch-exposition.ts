import { readCapped } from "../http/read-capped.ts";
import { type ScrapeProblem, scrapeProblem } from "./problem.ts";

export type FetchExpositionOptions = { token?: string | null; timeoutMs?: number; maxBytes?: number };

const NETWORK =
  /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|ECONNRESET|UND_ERR_SOCKET|other side closed/i;

/** The URL as shown in a problem: no credentials, no query (it may carry a key). */
export function displayUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    return "the metrics URL";
  }
}

function networkProblem(err: unknown, where: string, timeoutMs: number): ScrapeProblem {
  const e = err as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e?.name === "TimeoutError" || e?.name === "AbortError")
    return scrapeProblem(
      "TIMEOUT",
      `${where} did not answer within ${timeoutMs < 1000 ? `${timeoutMs} ms` : `${Math.round(timeoutMs / 1000)} s`}`,
    );
  const detail = [e?.cause?.code, e?.cause?.message ?? e?.message].filter(Boolean).join(": ");
  return scrapeProblem(
    "UNREACHABLE",
    NETWORK.test(detail)
      ? `Could not reach ${where} (${detail})`
      : `Could not read ${where} (${detail || String(err)})`,
  );
}

/**
 * GET a Prometheus text endpoint (with a bearer token when given): its body, or the specific reason
 * there is none (unreachable, timeout, an HTTP status, refused credentials, too large).
 */
export async function fetchExposition(
  url: string,
  { token, timeoutMs = 5_000, maxBytes = 5_000_000 }: FetchExpositionOptions = {},
): Promise<{ ok: true; text: string } | { ok: false; problem: ScrapeProblem }> {
  const where = displayUrl(url);
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const res = await fetch(url, {
      headers: {
        accept: "text/plain;version=0.0.4;q=1,*/*;q=0.1",
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      redirect: "follow",
      signal,
    });
    if (res.status === 401 || res.status === 403) {
      await res.body?.cancel();
      return {
        ok: false,
        problem: scrapeProblem(
          "UNAUTHORIZED",
          `${where} refused the request (HTTP ${res.status}): ${token ? "check the bearer token" : "it needs a bearer token"}`,
        ),
      };
    }
    if (!res.ok) {
      await res.body?.cancel();
      return {
        ok: false,
        problem: scrapeProblem("HTTP_STATUS", `${where} answered HTTP ${res.status} instead of metrics`),
      };
    }
    const body = await readCapped(res.body, maxBytes);
    if (body === null)
      return {
        ok: false,
        problem: scrapeProblem(
          "TOO_LARGE",
          `${where} sent more than ${Math.round(maxBytes / 1_000_000)} MB of metrics`,
        ),
      };
    return { ok: true, text: body.toString("utf8") };
  } catch (err) {
    return { ok: false, problem: networkProblem(signal.aborted ? signal.reason : err, where, timeoutMs) };
  }
}
