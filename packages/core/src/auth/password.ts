import bcrypt from "bcryptjs";

const COST = 12;
export const MIN_PASSWORD_LENGTH = 12;

export const hashPassword = (password: string): Promise<string> => bcrypt.hash(password, COST);

export const verifyPassword = (password: string, hash: string): Promise<boolean> => bcrypt.compare(password, hash);

/** A hash to compare against when the user does not exist, so timing does not reveal which emails exist. */
export const DUMMY_HASH = "$2b$12$C6UzMDM.H6dfI/f/IKcEeO6dFv2t0bS0pS6q0W7sQ5mS4w0lJ0i4e";
