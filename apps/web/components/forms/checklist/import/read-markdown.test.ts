import { describe, expect, it } from "vitest";
import { MAX_IMPORT_CHARS, markdownError, readMarkdownFile } from "./read-markdown";

const count = (n: number) => n.toLocaleString("en");
const file = (parts: BlobPart[], name = "runbook.md") => new File(parts, name, { type: "text/markdown" });

describe("readMarkdownFile", () => {
  it("reads a Markdown file's text with its name", async () => {
    expect(await readMarkdownFile(file(["### Daily\n- [ ] Look at the graphs\n"]))).toEqual({
      ok: true,
      text: "### Daily\n- [ ] Look at the graphs\n",
      name: "runbook.md",
    });
  });

  it("takes exactly the limit and refuses one character more", async () => {
    expect((await readMarkdownFile(file(["a".repeat(MAX_IMPORT_CHARS)]))).ok).toBe(true);
    expect(await readMarkdownFile(file(["a".repeat(MAX_IMPORT_CHARS + 1)]))).toEqual({
      ok: false,
      error: `runbook.md: This is ${count(MAX_IMPORT_CHARS + 1)} characters; the import reads at most ${count(MAX_IMPORT_CHARS)} characters.`,
    });
  });

  it("counts characters, not bytes", async () => {
    expect((await readMarkdownFile(file(["é".repeat(MAX_IMPORT_CHARS)]))).ok).toBe(true);
  });

  it("refuses binary files and files too large to hold few enough characters", async () => {
    expect(await readMarkdownFile(file(["PK\u0003\u0004\u0000"], "runbook.zip"))).toEqual({
      ok: false,
      error: "runbook.zip is not a text file.",
    });
    const big = await readMarkdownFile(file([new Uint8Array(MAX_IMPORT_CHARS * 4 + 1)], "dump.md"));
    expect(big).toEqual({
      ok: false,
      error: `dump.md is too large: the import reads at most ${count(MAX_IMPORT_CHARS)} characters.`,
    });
  });
});

describe("markdownError", () => {
  it("says nothing about text within the limit", () => {
    expect(markdownError("")).toBeNull();
    expect(markdownError("x".repeat(MAX_IMPORT_CHARS))).toBeNull();
  });
});
