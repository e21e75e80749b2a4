import { describe, expect, it } from "vitest";
import { z } from "zod";
import { EnvError, parseEnv } from "./env.ts";

const schema = z.object({ DATABASE_URL: z.url(), PORT: z.coerce.number().int().min(1).max(65535).default(3000) });

describe("parseEnv", () => {
  it("returns typed values with defaults", () => {
    expect(parseEnv(schema, { DATABASE_URL: "postgresql://a@b/c" })).toEqual({
      DATABASE_URL: "postgresql://a@b/c",
      PORT: 3000,
    });
  });

  it("names each missing or malformed variable", () => {
    const run = () => parseEnv(schema, { PORT: "99999" });
    expect(run).toThrow(EnvError);
    expect(run).toThrow(/DATABASE_URL: is required but not set/);
    expect(run).toThrow(/PORT: /);
  });
});
