import type { Code } from "mdast";
import { describe, expect, it } from "vitest";
import { stepsInCode } from "./code-steps.ts";

const code = (lang: string | null, ...lines: string[]): Code => ({ type: "code", lang, value: lines.join("\n") });

describe("stepsInCode", () => {
  it("makes each numbered comment a step, with the code up to the next one as its detail", () => {
    const block = code(
      "bash",
      "# 1. Check Vercel status",
      "vercel status",
      "",
      "# 2. Check Sentry for errors",
      "# Visit: https://sentry.io/organizations/your-org/issues/",
      "",
      "# 3. Notify team",
    );
    expect(stepsInCode(block)).toEqual([
      { title: "Check Vercel status", detail: "```bash\nvercel status\n```" },
      {
        title: "Check Sentry for errors",
        detail: "```bash\n# Visit: https://sentry.io/organizations/your-org/issues/\n```",
      },
      { title: "Notify team", detail: null },
    ]);
  });

  it("reads SQL and JavaScript comments, and '1)' numbering", () => {
    const sql = code("sql", "-- 1. Find slow queries", "SELECT 1;", "-- 2) Add indexes");
    expect(stepsInCode(sql).map((s) => s.title)).toEqual(["Find slow queries", "Add indexes"]);
    const ts = code("ts", "// 1. Limit response size", "const x = 1;");
    expect(stepsInCode(ts)).toEqual([{ title: "Limit response size", detail: "```ts\nconst x = 1;\n```" }]);
  });

  it("ignores code before the first step, unnumbered comments and sub-numbers", () => {
    const block = code(null, "set -e", "# Setup", "# 1. Restore", "# 1.1 Download", "psql < x.sql");
    expect(stepsInCode(block)).toEqual([{ title: "Restore", detail: "```\n# 1.1 Download\npsql < x.sql\n```" }]);
    expect(stepsInCode(code("bash", "vercel rollback"))).toEqual([]);
  });

  it("uses a longer fence when the code holds one", () => {
    const [step] = stepsInCode(code("md", "# 1. Write the notes", "```sh", "echo hi", "```"));
    expect(step?.detail).toBe("````md\n```sh\necho hi\n```\n````");
  });
});
