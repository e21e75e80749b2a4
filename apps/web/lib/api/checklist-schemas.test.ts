import type {
  ChecklistDetailDto,
  ChecklistHistoryDto,
  ChecklistRunDto,
  ChecklistRunSummaryDto,
  ChecklistSummaryDto,
  ChecklistTemplateDto,
  ImportResultDto,
} from "@opsdeck/core";
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
/** ChecklistDetailDto is an intersection: compared as the object it amounts to. */
type Flat<T> = { [K in keyof T]: T[K] };

// Checked by the compiler (tsc and Vitest's typecheck): a field added to a DTO must be documented too.
describe("the checklist response schemas", () => {
  it("are the core's DTOs, field for field", () => {
    expectTypeOf<Out<typeof ZChecklistSummaryOut>>().toEqualTypeOf<ChecklistSummaryDto>();
    expectTypeOf<Out<typeof ZChecklistDetailOut>>().toEqualTypeOf<Flat<ChecklistDetailDto>>();
    expectTypeOf<Out<typeof ZChecklistTemplateOut>>().toEqualTypeOf<ChecklistTemplateDto>();
    expectTypeOf<Out<typeof ZChecklistRunSummaryOut>>().toEqualTypeOf<ChecklistRunSummaryDto>();
    expectTypeOf<Out<typeof ZChecklistRunOut>>().toEqualTypeOf<ChecklistRunDto>();
    expectTypeOf<Out<typeof ZChecklistHistoryOut>>().toEqualTypeOf<ChecklistHistoryDto>();
    expectTypeOf<Out<typeof ZImportResultOut>>().toEqualTypeOf<ImportResultDto>();
  });
});
