import dgram from "node:dgram";

/** Test-only authoritative DNS server over UDP, enough for c-ares: one question, no compression in rdata. */
export type Zone = Record<
  string,
  { A?: string[]; AAAA?: string[]; CNAME?: string; NS?: string[]; MX?: [number, string][]; TXT?: string[][] }
>;

const TYPES: Record<number, keyof Zone[string]> = { 1: "A", 2: "NS", 5: "CNAME", 15: "MX", 16: "TXT", 28: "AAAA" };
const NOERROR = 0;
const SERVFAIL = 2;
const NXDOMAIN = 3;

function encodeName(name: string): Buffer {
  const parts = name.replace(/\.$/, "").split(".").filter(Boolean);
  return Buffer.concat([
    ...parts.map((p) => Buffer.concat([Buffer.from([p.length]), Buffer.from(p)])),
    Buffer.from([0]),
  ]);
}

function ipv6Bytes(ip: string): Buffer {
  const [head = "", tail = ""] = ip.split("::");
  const left = head ? head.split(":") : [];
  const right = ip.includes("::") && tail ? tail.split(":") : [];
  const groups = [...left, ...Array(8 - left.length - right.length).fill("0"), ...right];
  const out = Buffer.alloc(16);
  for (const [i, g] of groups.entries()) out.writeUInt16BE(Number.parseInt(g, 16), i * 2);
  return out;
}

function rdata(type: keyof Zone[string], value: unknown): Buffer {
  switch (type) {
    case "A":
      return Buffer.from(String(value).split(".").map(Number));
    case "AAAA":
      return ipv6Bytes(String(value));
    case "CNAME":
    case "NS":
      return encodeName(String(value));
    case "MX": {
      const [priority, exchange] = value as [number, string];
      const p = Buffer.alloc(2);
      p.writeUInt16BE(priority);
      return Buffer.concat([p, encodeName(exchange)]);
    }
    case "TXT":
      return Buffer.concat((value as string[]).map((s) => Buffer.concat([Buffer.from([s.length]), Buffer.from(s)])));
  }
}

function answer(typeCode: number, data: Buffer): Buffer {
  const fixed = Buffer.alloc(12);
  fixed.writeUInt16BE(0xc00c, 0);
  fixed.writeUInt16BE(typeCode, 2);
  fixed.writeUInt16BE(1, 4);
  fixed.writeUInt32BE(60, 6);
  fixed.writeUInt16BE(data.length, 10);
  return Buffer.concat([fixed, data]);
}

/** Names ending in "hang." get no reply; "servfail." get SERVFAIL; names not in the zone get NXDOMAIN. */
function respond(query: Buffer, zone: Zone): Buffer | undefined {
  let offset = 12;
  const labels: string[] = [];
  while (offset < query.length && query[offset] !== 0) {
    const len = query[offset] ?? 0;
    labels.push(query.subarray(offset + 1, offset + 1 + len).toString());
    offset += len + 1;
  }
  const qtype = query.readUInt16BE(offset + 1);
  const questionEnd = offset + 5;
  const name = labels.join(".").toLowerCase();
  if (name.startsWith("hang.")) return undefined;
  const entry = zone[name];
  const rcode = name.startsWith("servfail.") ? SERVFAIL : entry ? NOERROR : NXDOMAIN;
  const type = TYPES[qtype];
  const raw = type && entry ? entry[type] : undefined;
  const values: unknown[] = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  const header = Buffer.alloc(12);
  header.writeUInt16BE(query.readUInt16BE(0), 0);
  header.writeUInt16BE(0x8000 | (query.readUInt16BE(2) & 0x7900) | 0x0400 | 0x0080 | rcode, 2);
  header.writeUInt16BE(1, 4);
  header.writeUInt16BE(rcode === NOERROR ? values.length : 0, 6);
  const answers = rcode === NOERROR && type ? values.map((v) => answer(qtype, rdata(type, v))) : [];
  return Buffer.concat([header, query.subarray(12, questionEnd), ...answers]);
}

export async function startDnsServer(
  zone: Zone,
): Promise<{ server: string; queries: () => number; close(): Promise<void> }> {
  const socket = dgram.createSocket("udp4");
  let count = 0;
  socket.on("message", (msg, rinfo) => {
    count++;
    const reply = respond(msg, zone);
    if (reply) socket.send(reply, rinfo.port, rinfo.address);
  });
  await new Promise<void>((resolve) => socket.bind(0, "127.0.0.1", () => resolve()));
  const { port } = socket.address();
  return {
    server: `127.0.0.1:${port}`,
    queries: () => count,
    close: () => new Promise<void>((resolve) => socket.close(() => resolve())),
  };
}
