export * from "./schemas.ts";
export { createUser } from "./create.ts";
export { setupFirstAdmin } from "./setup-first-admin.ts";
export { updateUserRole } from "./update-role.ts";
export { setUserDisabled } from "./set-disabled.ts";
export { resetPassword } from "./reset-password.ts";
export { listUsers } from "./list.ts";
export { getUserByEmail } from "./get-by-email.ts";
