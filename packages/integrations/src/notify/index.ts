export * from "./alert.ts";
export * from "./checklist.ts";
export * from "./email.ts";
export * from "./message.ts";
export * from "./send.ts";
export * from "./slack.ts";
export type { SmtpSettings } from "./smtp.ts";
export * from "./webhook.ts";
