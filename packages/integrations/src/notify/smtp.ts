import { type EmailContent, emailContent } from "./email.ts";
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
  await sendMail(smtp, password, smtp.to, emailContent(m), timeoutMs);
}

/** One mail with the given content to `to` through an SMTP server; throws nodemailer's error when refused. */
export async function sendMail(
  smtp: SmtpSettings,
  password: string | null,
  to: string[],
  content: EmailContent,
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
  try {
    await transport.sendMail({
      from: smtp.from,
      to,
      subject: content.subject,
      text: content.text,
      html: content.html,
      priority: content.priority,
    });
  } finally {
    transport.close();
  }
}
