import { describe, expect, it } from "vitest";
import { parseCommand } from "./args.ts";
import { UsageError } from "./errors.ts";

describe("parseCommand", () => {
  it("reads each command and its flags", () => {
    expect(parseCommand(["user", "create", "--email", "a@b.co", "--role", "admin", "--name", "Ann"])).toEqual({
      name: "user create",
      email: "a@b.co",
      role: "ADMIN",
      displayName: "Ann",
    });
    expect(parseCommand(["user", "reset-password", "--email=a@b.co"])).toEqual({
      name: "user reset-password",
      email: "a@b.co",
    });
    expect(parseCommand(["user", "list"])).toEqual({ name: "user list" });
    expect(parseCommand(["oncall"])).toEqual({ name: "oncall", at: undefined, json: false });
    expect(parseCommand(["oncall", "--at", "2026-06-01T00:00:00Z", "--json"])).toEqual({
      name: "oncall",
      at: "2026-06-01T00:00:00Z",
      json: true,
    });
    expect(parseCommand(["token", "create", "--email", "a@b.co", "--expires-days", "7", "--name", "ci"])).toEqual({
      name: "token create",
      email: "a@b.co",
      tokenName: "ci",
      expiresDays: "7",
    });
  });

  it("shows help for no arguments, help, --help and -h", () => {
    for (const argv of [[], ["help"], ["user", "create", "--help"], ["-h"]])
      expect(parseCommand(argv)).toEqual({ name: "help" });
  });

  it("says what is wrong with bad input", () => {
    const message = (argv: string[]) => {
      try {
        parseCommand(argv);
        return "parsed";
      } catch (e) {
        expect(e).toBeInstanceOf(UsageError);
        return (e as Error).message;
      }
    };
    expect(message(["user", "frob"])).toBe('unknown command "user frob"');
    expect(message(["user", "create", "--role", "ADMIN"])).toBe("user create: missing --email");
    expect(message(["user", "create"])).toBe("user create: missing --email, --role");
    expect(message(["user", "list", "--email", "x"])).toBe("user list: Unknown option '--email'");
    expect(message(["user", "list", "extra"])).toMatch(/^user list: Unexpected argument 'extra'/);
    expect(message(["oncall", "now"])).toMatch(/^oncall: Unexpected argument 'now'/);
  });
});
