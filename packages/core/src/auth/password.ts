import bcrypt from "bcryptjs";

export const DEFAULT_BCRYPT_COST = 12;
export const MIN_PASSWORD_LENGTH = 12;
/** bcrypt ignores everything past 72 bytes, so longer passwords are refused rather than silently cut. */
export const MAX_PASSWORD_BYTES = 72;

/** OPSDECK_BCRYPT_COST lets test runs hash cheaply; anything outside bcrypt's sane range falls back to 12. */
export function resolveBcryptCost(value: string | undefined): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 4 && n <= 15 && value?.trim() ? n : DEFAULT_BCRYPT_COST;
}

let cost: number | undefined;
// Read on first use rather than at import, so a test helper can set the variable in any import order.
const bcryptCost = (): number => (cost ??= resolveBcryptCost(process.env.OPSDECK_BCRYPT_COST));

export const hashPassword = (password: string): Promise<string> => bcrypt.hash(password, bcryptCost());

export const verifyPassword = (password: string, hash: string): Promise<boolean> => bcrypt.compare(password, hash);

/**
 * A real cost-12 bcrypt hash (of "opsdeck-dummy-password-never-valid") to compare against when the
 * user does not exist, so timing does not reveal which emails exist. It never belongs to a user.
 */
export const DUMMY_HASH = "$2b$12$l8X04Y09AgG62K7rzmnR6u935s8OntWuIuLxqIkuoxksQLVuZa7W6";
