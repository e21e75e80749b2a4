import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export interface ReceivedMail {
  from: string | null;
  to: string[];
  /** The Subject header, unfolded and decoded (RFC 2047, UTF-8). */
  subject: string;
  /** The raw message (headers and MIME body) as the client sent it. */
  raw: string;
}

/** UTF-8 encoded words ("=?UTF-8?Q?…?=", "=?UTF-8?B?…?="); the space between two of them is not text. */
function decodeWords(value: string): string {
  return value.replace(/=\?[^?]+\?([QqBb])\?([^?]*)\?=(?:\s+(?==\?))?/g, (_m, enc: string, text: string) => {
    if (enc.toUpperCase() === "B") return Buffer.from(text, "base64").toString("utf8");
    const bytes = text
      .replace(/_/g, " ")
      .replace(/=([0-9A-F]{2})/gi, (_h, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
    return Buffer.from(bytes, "latin1").toString("utf8");
  });
}

function subjectOf(raw: string): string {
  const headers = (raw.split(/\r?\n\r?\n/)[0] ?? "").replace(/\r?\n(?=[ \t])/g, "");
  const line = /^Subject:[ \t]*(.*)$/im.exec(headers)?.[1] ?? "";
  return decodeWords(line.trim());
}

export interface SmtpReceiver {
  readonly port: number;
  readonly mails: ReceivedMail[];
  /** Refuse the next `times` mails at MAIL FROM with `code` (451, "try again later", unless given). */
  failNext(times: number, code?: number): void;
  close(): Promise<void>;
}

/** A local SMTP server (no TLS) that keeps every mail; with `auth` it accepts only that login. */
export async function startSmtpReceiver(o: { auth?: { user: string; pass: string } } = {}): Promise<SmtpReceiver> {
  const mails: ReceivedMail[] = [];
  const failures: number[] = [];
  const server = new SMTPServer({
    secure: false,
    disabledCommands: o.auth ? ["STARTTLS"] : ["STARTTLS", "AUTH"],
    authOptional: !o.auth,
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, done) {
      if (auth.username === o.auth?.user && auth.password === o.auth?.pass) done(null, { user: auth.username });
      else done(new Error("Invalid username or password"));
    },
    onMailFrom(_address, _session, done) {
      const code = failures.shift();
      if (code === undefined) return done();
      done(
        Object.assign(new Error(code < 500 ? "Mailbox busy, try again later" : "Mail refused"), { responseCode: code }),
      );
    },
    onData(stream, session, done) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const from = session.envelope.mailFrom;
        const raw = Buffer.concat(chunks).toString("utf8");
        mails.push({
          from: from ? from.address : null,
          to: session.envelope.rcptTo.map((r) => r.address),
          subject: subjectOf(raw),
          raw,
        });
        done();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  return {
    port,
    mails,
    failNext(times, code = 451) {
      for (let i = 0; i < times; i++) failures.push(code);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
