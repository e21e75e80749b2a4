import { emailContent } from "./email.ts";
import type { NotifyMessage } from "./message.ts";

export interface SmtpSettings {
  host: string;
  port: number;
  /** TLS from the first byte (port 465); otherwise STARTTLS when the server offers it. */
  secure: boolean;
  username?: string;
  from: string;
  to: string[];
}

/** One mail through the channel's SMTP server; throws nodemailer's error when it is refused. */
export async function sendEmail(
  smtp: SmtpSettings,
  password: string | null,
  m: NotifyMessage,
  timeoutMs: number,
): Promise<void> {
  // Loaded with the first mail: a worker that sends none does not hold it.
  const { default: nodemailer } = await import("nodemailer");
  const transport = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    auth: smtp.username ? { user: smtp.username, pass: password ?? "" } : undefined,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
  });
  const content = emailContent(m);
  try {
    await transport.sendMail({
      from: smtp.from,
      to: smtp.to,
      subject: content.subject,
      text: content.text,
      html: content.html,
      priority: content.priority,
    });
  } finally {
    transport.close();
  }
}
