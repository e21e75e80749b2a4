import { describe, expect, it } from "vitest";
import { MAX_MARKDOWN_CHARS } from "./limits.ts";
import { findChecklists } from "./parse.ts";

const md = (...lines: string[]) => lines.join("\n");
const HEADING_REASON = "No cadence in the heading: choose daily, weekly, monthly, quarterly or pre-deploy";
const EMPTY = { checklists: [], skipped: [] };

describe("findChecklists: skipped lists", () => {
  it("reports lists under a checklist heading or label without a cadence, and no ordinary list", () => {
    const markdown = md(
      "### P0 Response Checklist",
      "When the site is down:",
      "```bash",
      "# 1. Check status",
      "# 2. Roll back",
      "```",
      "### Incident Checklist",
      "1. **Acknowledge:** post in #incidents",
      "2. **Assess:** decide the severity",
      "### Release Notes",
      "- Fixed the checkout",
      "",
      "**Launch checklist:**",
      "- Tell support",
      "### Empty Checklist",
      "Nothing here.",
    );
    expect(findChecklists(markdown)).toEqual({
      checklists: [],
      skipped: [
        { name: "P0 Response Checklist", line: 1, items: 2, reason: HEADING_REASON },
        { name: "Incident Checklist", line: 7, items: 2, reason: HEADING_REASON },
        {
          name: "Launch checklist",
          line: 13,
          items: 1,
          reason: "No cadence in the label: choose daily, weekly, monthly, quarterly or pre-deploy",
        },
      ],
    });
  });

  it("gives the lists of a cadence sub-heading to that checklist, not to the checklist heading above", () => {
    const found = findChecklists(md("## Maintenance Checklist", "### Daily", "- Check logs"));
    expect(found.checklists.map((c) => c.name)).toEqual(["Daily"]);
    expect(found.skipped).toEqual([]);
  });
});

describe("findChecklists: any input", () => {
  it("finds nothing in empty, blank or HTML-only input", () => {
    expect(findChecklists("")).toEqual(EMPTY);
    expect(findChecklists(" \n\t\n")).toEqual(EMPTY);
    expect(findChecklists("<h3>Daily</h3>\n<ul><li>Check logs</li></ul>")).toEqual(EMPTY);
    expect(findChecklists(undefined as unknown as string)).toEqual(EMPTY);
  });

  it("reads lists between HTML blocks and ignores the HTML", () => {
    const markdown = md(
      "### Daily",
      "<details><summary>Why</summary>",
      "",
      "- inside html",
      "</details>",
      "",
      "- Check logs",
    );
    expect(findChecklists(markdown).checklists[0]?.items.map((i) => i.title)).toEqual(["inside html", "Check logs"]);
  });

  it("reads broken Markdown: unclosed code, unclosed emphasis, stray brackets", () => {
    const markdown = md(
      "### Weekly",
      "- [ ] Review *costs",
      "- [ ] Check [the link",
      "```sql",
      "-- 1. Vacuum",
      "VACUUM;",
    );
    expect(findChecklists(markdown).checklists[0]?.items).toEqual([
      { title: "Review *costs", detail: null },
      { title: "Check [the link", detail: null },
      { title: "Vacuum", detail: "```sql\nVACUUM;\n```" },
    ]);
  });

  it("reads Windows line breaks and a byte order mark", () => {
    const found = findChecklists("\uFEFF### Daily\r\n- Check logs\r\n  - app\r\n  - worker\r\n");
    expect(found.checklists).toEqual([
      { name: "Daily", cadence: "DAILY", items: [{ title: "Check logs", detail: "- app\n- worker" }], line: 1 },
    ]);
  });

  it("returns nothing instead of throwing when the parser runs out of stack", () => {
    expect(findChecklists(`### Daily\n\n${"> - ".repeat(2000)}a`)).toEqual(EMPTY);
  });

  it("stops following lists and quotes nested too deeply", () => {
    expect(findChecklists(`### Daily\n\n${"> ".repeat(200)}- Check logs`)).toEqual(EMPTY);
    expect(findChecklists(`### Daily\n\n${"> ".repeat(3)}- Check logs`).checklists).toHaveLength(1);
  });

  it("gives the same answer every time", () => {
    const markdown = md("### Daily", "- a", "**Weekly:**", "- b", "### Checklist", "- c");
    expect(findChecklists(markdown)).toEqual(findChecklists(markdown));
  });
});

describe("findChecklists: caps", () => {
  it("returns at most 50 checklists and 50 skipped lists", () => {
    const many = (heading: string) => Array.from({ length: 60 }, (_, i) => `### ${heading} ${i}\n- item`).join("\n");
    const found = findChecklists(`${many("Daily")}\n${many("Checklist")}`);
    expect(found.checklists).toHaveLength(50);
    expect(found.checklists.at(-1)?.name).toBe("Daily 49");
    expect(found.skipped).toHaveLength(50);
  });

  it("keeps at most 200 items per checklist", () => {
    const list = Array.from({ length: 250 }, (_, i) => `- item ${i}`).join("\n");
    const items = findChecklists(`### Daily\n${list}`).checklists[0]?.items ?? [];
    expect(items).toHaveLength(200);
    expect(items.at(-1)?.title).toBe("item 199");
  });

  it("cuts names and titles to 200 characters and details to 4000, keeping code fences closed", () => {
    const long = "word ".repeat(100).trim();
    const code = "SELECT 1;\n".repeat(600);
    const markdown = md(`### Daily ${long}`, `- ${long}`, "", `**Check ${long}:**`, "```sql", code, "```");
    const [checklist] = findChecklists(markdown).checklists;
    expect(checklist?.name).toHaveLength(200);
    expect(checklist?.name.endsWith("…")).toBe(true);
    const [item, labelled] = checklist?.items ?? [];
    expect(item?.title).toHaveLength(200);
    expect(item?.title.endsWith("…")).toBe(true);
    expect(labelled?.detail?.length).toBeLessThanOrEqual(4000);
    expect(labelled?.detail?.startsWith("```sql\nSELECT 1;")).toBe(true);
    expect(labelled?.detail?.endsWith("…\n```")).toBe(true);
  });

  it("reads only the first MAX_MARKDOWN_CHARS characters of huge input", () => {
    const filler = "Filler paragraph.\n\n".repeat(Math.ceil(MAX_MARKDOWN_CHARS / 19));
    const found = findChecklists(`### Daily\n- Early\n\n${filler}### Weekly\n- Late\n`);
    expect(found.checklists.map((c) => c.name)).toEqual(["Daily"]);
  });
});
