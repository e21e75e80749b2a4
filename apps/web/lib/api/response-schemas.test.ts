import type * as core from "@opsdeck/core";
import { describe, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import type { ZIncidentResponseOut, ZResponseDefaultsOut } from "./response-schemas.ts";

// Checked by the compiler (tsc and Vitest's typecheck): a field added to a DTO must be documented too.
describe("the response checklist schemas", () => {
  it("are the core's DTOs, field for field", () => {
    expectTypeOf<z.output<typeof ZIncidentResponseOut>>().toEqualTypeOf<core.IncidentResponseDto>();
    expectTypeOf<z.output<typeof ZResponseDefaultsOut>>().toEqualTypeOf<core.ResponseDefaultsDto>();
  });
});
