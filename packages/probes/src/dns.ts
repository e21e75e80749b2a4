import { Resolver } from "node:dns/promises";
import { createDeadline, onAbort, raceAbort } from "./abort.ts";
import { type ClassifiedError, deadlineResult, invalidConfigResult } from "./errors.ts";
import { elapsedMs, type ProbeResult, probeResult } from "./result.ts";
import { type DnsCheckConfig, type DnsCheckInput, type ProbeInput, ZDnsCheckConfig } from "./schemas.ts";

type RecordType = DnsCheckConfig["recordType"];

/** Every record type as flat strings: MX as "priority exchange", TXT chunks joined. */
async function resolveRecords(resolver: Resolver, name: string, type: RecordType): Promise<string[]> {
  switch (type) {
    case "A":
      return resolver.resolve4(name);
    case "AAAA":
      return resolver.resolve6(name);
    case "CNAME":
      return resolver.resolveCname(name);
    case "NS":
      return resolver.resolveNs(name);
    case "MX":
      return (await resolver.resolveMx(name)).map((mx) => `${mx.priority} ${mx.exchange}`);
    case "TXT":
      return (await resolver.resolveTxt(name)).map((chunks) => chunks.join(""));
  }
}

function canonicalName(value: string): string {
  return value.trim().toLowerCase().replace(/\.$/, "");
}

function canonicalIpv6(value: string): string {
  try {
    return new URL(`http://[${value.trim()}]/`).hostname;
  } catch {
    return value.trim().toLowerCase();
  }
}

/** Whether `expected` is one of the answers, comparing names case-insensitively and IPv6 in any notation. */
export function answersContain(type: RecordType, answers: readonly string[], expected: string): boolean {
  switch (type) {
    case "TXT":
      return answers.includes(expected);
    case "AAAA":
      return answers.map(canonicalIpv6).includes(canonicalIpv6(expected));
    case "MX": {
      const want = canonicalName(expected);
      return answers.some((a) => canonicalName(a) === want || canonicalName(a.slice(a.indexOf(" ") + 1)) === want);
    }
    default:
      return answers.map(canonicalName).includes(canonicalName(expected));
  }
}

function classifyDnsError(err: unknown, name: string, type: RecordType, server: string): ClassifiedError {
  const code = (err as { code?: unknown } | null)?.code;
  switch (code) {
    case "ENOTFOUND":
      return { code: "DNS_FAILURE", message: `${name} does not exist (NXDOMAIN from ${server})` };
    case "ENODATA":
      return { code: "DNS_NO_RECORDS", message: `${name} has no ${type} records` };
    case "ESERVFAIL":
      return { code: "DNS_FAILURE", message: `${server} failed to resolve ${name} (SERVFAIL)` };
    case "EREFUSED":
      return { code: "DNS_FAILURE", message: `${server} refused to resolve ${name} (REFUSED)` };
    case "ETIMEOUT":
      return { code: "TIMEOUT", message: `No DNS answer for ${name} from ${server}` };
    case "ECONNREFUSED":
      return { code: "CONNECTION_REFUSED", message: `Connection refused by DNS server ${server}` };
  }
  const detail = err instanceof Error ? err.message : String(err);
  return { code: "DNS_FAILURE", message: `Resolving ${type} records of ${name} failed: ${detail}` };
}

/** DNS probe. Latency is the time to the answer from the configured (or system) resolvers. */
export async function runDnsProbe(input: ProbeInput<DnsCheckInput>, signal?: AbortSignal): Promise<ProbeResult> {
  const parsed = ZDnsCheckConfig.safeParse({ ...input, kind: "dns" });
  if (!parsed.success) return invalidConfigResult(parsed.error);
  const config = parsed.data;
  const { hostname: name, recordType: type } = config;
  const deadline = createDeadline(config.timeoutMs, signal);
  const startedAt = performance.now();
  const resolver = new Resolver({ timeout: config.timeoutMs, tries: 1 });
  if (config.servers?.length) resolver.setServers(config.servers);
  const server = config.servers?.length ? config.servers.join(", ") : "the system resolver";
  const offAbort = onAbort(deadline.signal, () => resolver.cancel());
  try {
    const answers = await raceAbort(resolveRecords(resolver, name, type), deadline.signal);
    const latencyMs = elapsedMs(startedAt);
    const details = { recordType: type, answers, servers: resolver.getServers() };
    if (config.expectedValue !== undefined && !answersContain(type, answers, config.expectedValue)) {
      const got = answers.length ? answers.join(", ") : "no records";
      return probeResult(
        "DOWN",
        latencyMs,
        `Expected ${JSON.stringify(config.expectedValue)} among ${type} records of ${name}, got ${got}`,
        {
          code: "ASSERTION_DNS_VALUE",
          details,
        },
      );
    }
    const plural = answers.length === 1 ? "record" : "records";
    return probeResult("UP", latencyMs, `${name} has ${answers.length} ${type} ${plural} (${latencyMs} ms)`, {
      details,
    });
  } catch (err) {
    const ended = deadlineResult(deadline, startedAt, `DNS for ${name}`);
    if (ended) return ended;
    const { code, message } = classifyDnsError(err, name, type, server);
    return probeResult("DOWN", elapsedMs(startedAt), message, { code, details: { recordType: type } });
  } finally {
    offAbort();
  }
}
