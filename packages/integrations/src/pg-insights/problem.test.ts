import { describe, expect, it } from "vitest";
import { classifyPgError } from "./problem.ts";

const pgError = (code: string, message: string) => Object.assign(new Error(message), { code });

describe("classifyPgError", () => {
  const where = "db.example:5432/shop";
  it("names each fault by its SQLSTATE or its network error", () => {
    expect(classifyPgError(pgError("28P01", "password authentication failed"), where, 5_000).code).toBe("AUTH_FAILED");
    expect(classifyPgError(pgError("42501", "permission denied for view x"), where, 5_000)).toMatchObject({
      code: "PERMISSION_DENIED",
      message: expect.stringContaining("GRANT pg_monitor"),
    });
    expect(classifyPgError(pgError("57014", "canceling statement"), where, 5_000).message).toContain("within 5 s");
    expect(classifyPgError(pgError("ECONNREFUSED", "connect ECONNREFUSED 10.0.0.1:5432"), where, 5_000).code).toBe(
      "UNREACHABLE",
    );
    expect(classifyPgError(new Error("Query read timeout"), where, 2_000)).toMatchObject({ code: "TIMEOUT" });
    expect(classifyPgError(pgError("XX000", "internal"), where, 5_000).code).toBe("QUERY_FAILED");
  });

  it("never repeats a connection URL's password", () => {
    const p = classifyPgError(new Error("bad postgresql://u:s3cret@h/db"), where, 5_000);
    expect(p.message).not.toContain("s3cret");
  });
});
