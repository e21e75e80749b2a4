import { z } from "zod";
import { MAX_PASSWORD_BYTES, MIN_PASSWORD_LENGTH } from "../auth/password.ts";
import { ROLES } from "../roles.ts";
import { canonicalTimeZone } from "../time/zone.ts";

export const ZEmail = z
  .string({ error: "Enter an email" })
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "Invalid email" }).max(254, "Use at most 254 characters"));

export const ZPassword = z
  .string({ error: "Enter a password" })
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters`)
  .refine((p) => Buffer.byteLength(p, "utf8") <= MAX_PASSWORD_BYTES, `Use at most ${MAX_PASSWORD_BYTES} bytes`);

export const ZRole = z.enum(ROLES, { error: `Use one of ${ROLES.join(", ")}` });

const ZName = z
  .string()
  .trim()
  .max(100, "Use at most 100 characters")
  .optional()
  .transform((n) => n || undefined);
const ZUserId = z.string({ error: "Choose a user" }).min(1, "Choose a user");

export const ZCreateUser = z.object({ email: ZEmail, name: ZName, role: ZRole, password: ZPassword });
export type TCreateUser = z.input<typeof ZCreateUser>;

export const ZSetupAdmin = z.object({ email: ZEmail, name: ZName, password: ZPassword });
export type TSetupAdmin = z.input<typeof ZSetupAdmin>;

export const ZUpdateRole = z.object({ userId: ZUserId, role: ZRole });
export type TUpdateRole = z.input<typeof ZUpdateRole>;

export const ZSetDisabled = z.object({ userId: ZUserId, disabled: z.boolean() });
export type TSetDisabled = z.input<typeof ZSetDisabled>;

/** `currentPassword` is required when users change their own password. */
export const ZIssuePassword = z.object({ userId: ZUserId });
export type TIssuePassword = z.input<typeof ZIssuePassword>;

export const ZResetPassword = z.object({
  userId: ZUserId,
  newPassword: ZPassword,
  currentPassword: z.string().optional(),
});
export type TResetPassword = z.input<typeof ZResetPassword>;

/** A user's own display zone: an IANA name such as "UTC", or blank (null) to follow each browser's zone. */
export const ZUpdateTimeZone = z.object({
  timeZone: z
    .string({ error: "Choose a time zone" })
    .trim()
    .max(64, "Use at most 64 characters")
    .nullable()
    .transform((zone) => (zone ? (canonicalTimeZone(zone) ?? "") : null))
    .refine((zone) => zone !== "", "Unknown time zone"),
});
export type TUpdateTimeZone = z.input<typeof ZUpdateTimeZone>;

/** What leaves core about a user: never the password hash. */
export type TUserDto = {
  id: string;
  email: string;
  name: string | null;
  role: (typeof ROLES)[number];
  disabledAt: string | null;
  lastLoginAt: string | null;
  createdAt: string;
};
