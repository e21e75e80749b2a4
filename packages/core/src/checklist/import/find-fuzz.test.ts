import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findChecklists } from "./parse.ts";

const prefix = fc.constantFrom(
  "",
  "",
  "### ",
  "## ",
  "# ",
  "- [ ] ",
  "- ",
  "1. ",
  "  - ",
  "> ",
  "    ",
  "# 1. ",
  "-- 2) ",
);
const content = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom("Daily", "Weekly Tasks", "Pre-Deployment Checklist", "Incident Checklist", "Check logs"),
  },
  { weight: 2, arbitrary: fc.constantFrom("**Weekly:**", "**Check Database Size:**", "**Ops checklist**:", "") },
  { weight: 2, arbitrary: fc.constantFrom("```bash", "```", "~~~", "<details>", "| a |", "|---|", "[x]: http://a") },
  { weight: 1, arbitrary: fc.constantFrom("`", "*", "_", "[", "---", "===", "\t", "\r", "\u0000", "\ud800") },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 30 }) },
);
const line = fc.tuple(prefix, content, content).map(([p, a, b]) => `${p}${a}${b}`);
const markdown = fc.array(line, { minLength: 4, maxLength: 60, size: "medium" }).map((lines) => lines.join("\n"));

describe("findChecklists on arbitrary Markdown-ish text", () => {
  it("never throws and keeps every result within its limits", () => {
    fc.assert(
      fc.property(markdown, (text) => {
        const found = findChecklists(text);
        expect(findChecklists(text)).toEqual(found);
        expect(found.checklists.length).toBeLessThanOrEqual(50);
        expect(found.skipped.length).toBeLessThanOrEqual(50);
        const lines = text.split(/\r\n|\r|\n/).length;
        for (const c of [...found.checklists, ...found.skipped]) {
          expect(c.name.trim()).not.toBe("");
          expect(c.name.length).toBeLessThanOrEqual(200);
          expect(c.line).toBeGreaterThanOrEqual(1);
          expect(c.line).toBeLessThanOrEqual(lines);
        }
        for (const { items } of found.checklists) {
          expect(items.length).toBeGreaterThan(0);
          expect(items.length).toBeLessThanOrEqual(200);
          for (const { title, detail } of items) {
            expect(title.trim()).toBe(title);
            expect(title).not.toBe("");
            expect(title.length).toBeLessThanOrEqual(200);
            expect(title).not.toContain("\n");
            expect(detail === null || (detail.length > 0 && detail.length <= 4000)).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
