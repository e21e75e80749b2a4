import type * as core from "@opsdeck/core";
import { describe, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import type {
  ZChecklistDetailOut,
  ZChecklistHistoryOut,
  ZChecklistRunOut,
  ZChecklistRunSummaryOut,
  ZChecklistSummaryOut,
  ZChecklistTemplateOut,
  ZImportResultOut,
} from "./checklist-schemas.ts";

type Out<S extends z.ZodType> = z.output<S>;
/** core.ChecklistDetailDto is an intersection: compared as the object it amounts to. */
type Flat<T> = { [K in keyof T]: T[K] };

// Checked by the compiler (tsc and Vitest's typecheck): a field added to a DTO must be documented too.
describe("the checklist response schemas", () => {
  it("are the core's DTOs, field for field", () => {
    expectTypeOf<Out<typeof ZChecklistSummaryOut>>().toEqualTypeOf<core.ChecklistSummaryDto>();
    expectTypeOf<Out<typeof ZChecklistDetailOut>>().toEqualTypeOf<Flat<core.ChecklistDetailDto>>();
    expectTypeOf<Out<typeof ZChecklistTemplateOut>>().toEqualTypeOf<core.ChecklistTemplateDto>();
    expectTypeOf<Out<typeof ZChecklistRunSummaryOut>>().toEqualTypeOf<core.ChecklistRunSummaryDto>();
    expectTypeOf<Out<typeof ZChecklistRunOut>>().toEqualTypeOf<core.ChecklistRunDto>();
    expectTypeOf<Out<typeof ZChecklistHistoryOut>>().toEqualTypeOf<core.ChecklistHistoryDto>();
    expectTypeOf<Out<typeof ZImportResultOut>>().toEqualTypeOf<core.ImportResultDto>();
  });
});
