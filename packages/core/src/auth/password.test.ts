import bcrypt from "bcryptjs";
import { describe, expect, it } from "vitest";
import { DUMMY_HASH, resolveBcryptCost } from "./password.ts";

describe("password hashing", () => {
  it("compares against a real cost-12 dummy hash", async () => {
    expect(bcrypt.getRounds(DUMMY_HASH)).toBe(12);
    expect(await bcrypt.compare("opsdeck-dummy-password-never-valid", DUMMY_HASH)).toBe(true);
  });

  it("uses cost 12 unless OPSDECK_BCRYPT_COST says otherwise within 4–15", () => {
    expect(resolveBcryptCost(undefined)).toBe(12);
    expect(resolveBcryptCost("")).toBe(12);
    expect(resolveBcryptCost("4")).toBe(4);
    expect(resolveBcryptCost("3")).toBe(12);
    expect(resolveBcryptCost("31")).toBe(12);
    expect(resolveBcryptCost("ten")).toBe(12);
  });
});
