import { describe, expect, it } from "vitest";
import { findChecklists } from "./parse.ts";

const md = (...lines: string[]) => lines.join("\n");
const titles = (markdown: string) =>
  findChecklists(markdown).checklists.map((c) => [c.name, c.cadence, c.items.map((i) => i.title)]);

describe("findChecklists: the ways runbooks write checklists", () => {
  it("reads task items under a cadence heading", () => {
    const found = findChecklists(
      md("# Runbook", "", "### Daily", "- [ ] Check error logs", "- [x] Review the order queue"),
    );
    expect(found).toEqual({
      checklists: [
        {
          name: "Daily",
          cadence: "DAILY",
          items: [
            { title: "Check error logs", detail: null },
            { title: "Review the order queue", detail: null },
          ],
          line: 3,
        },
      ],
      skipped: [],
    });
  });

  it("reads plain bullet and numbered lists under a cadence heading", () => {
    const markdown = md("## Weekly Tasks", "", "1. Review analytics", "2. Rotate on-call", "", "- Update inventory");
    expect(titles(markdown)).toEqual([
      ["Weekly Tasks", "WEEKLY", ["Review analytics", "Rotate on-call", "Update inventory"]],
    ]);
  });

  it("reads numbered comments in a code block under a cadence heading", () => {
    const markdown = md(
      "### Daily checks",
      "",
      "```bash",
      "# 1. Check Sentry for new errors",
      "# Visit: https://sentry.io/issues/",
      "",
      "# 2. Check disk space",
      "df -h",
      "```",
    );
    expect(findChecklists(markdown).checklists[0]?.items).toEqual([
      { title: "Check Sentry for new errors", detail: "```bash\n# Visit: https://sentry.io/issues/\n```" },
      { title: "Check disk space", detail: "```bash\ndf -h\n```" },
    ]);
  });

  it("reads a bold label that names a cadence as the name of the list after it", () => {
    const markdown = md(
      "## Standard Deployment",
      "",
      "**Pre-Deployment Checklist:**",
      "",
      "- [ ] All tests passing",
      "- [ ] Backup created",
      "",
      "**Deployment Steps:**",
      "",
      "```bash",
      "# 1. Merge to main",
      "```",
      "",
      "**Weekly**:",
      "- Rotate logs",
      "",
      "**Monthly:**",
      "",
      "```bash",
      "# 1. Archive old data",
      "```",
    );
    const found = findChecklists(markdown);
    expect(found.checklists.map((c) => [c.name, c.cadence, c.line, c.items.map((i) => i.title)])).toEqual([
      ["Pre-Deployment Checklist", "PRE_DEPLOY", 3, ["All tests passing", "Backup created"]],
      ["Weekly", "WEEKLY", 14, ["Rotate logs"]],
      ["Monthly", "MONTHLY", 17, ["Archive old data"]],
    ]);
    expect(found.skipped).toEqual([]);
  });

  it("reads a bold cadence label that opens a list item over a nested list", () => {
    const markdown = md("## Routine", "", "- **Daily:**", "  - Check logs", "- **Weekly:**", "  - Review costs");
    expect(titles(markdown)).toEqual([
      ["Daily", "DAILY", ["Check logs"]],
      ["Weekly", "WEEKLY", ["Review costs"]],
    ]);
  });

  it("reads bold labels under a cadence heading as items, with the code or text after each as detail", () => {
    const markdown = md(
      "### Daily Maintenance",
      "",
      "**Check Database Size:**",
      "",
      "```sql",
      "SELECT pg_database_size('app');",
      "```",
      "",
      "**Check logs**",
      "",
      "Look for errors since yesterday.",
      "",
      "**Check Active Connections:**",
    );
    expect(findChecklists(markdown).checklists[0]?.items).toEqual([
      { title: "Check Database Size", detail: "```sql\nSELECT pg_database_size('app');\n```" },
      { title: "Check logs", detail: "Look for errors since yesterday." },
      { title: "Check Active Connections", detail: null },
    ]);
  });

  it("takes a bold label over a list inside a checklist as a group, not an item", () => {
    const markdown = md("### Daily", "", "**Database:**", "- Check size", "- Check connections");
    expect(titles(markdown)).toEqual([["Daily", "DAILY", ["Check size", "Check connections"]]]);
  });

  it("does not make a checklist from cadence words in list items or sentences", () => {
    const markdown = md(
      "## Backups",
      "",
      "- Daily backups at 2am",
      "- **Weekly:** full export",
      "",
      "**Automated:** Neon takes daily snapshots",
      "",
      "Check it every day.",
    );
    expect(findChecklists(markdown)).toEqual({ checklists: [], skipped: [] });
  });
});

describe("findChecklists: item titles and details", () => {
  it("keeps inline code, reads links as their text, drops HTML, collapses whitespace and drops empty items", () => {
    const markdown = md(
      "### Daily",
      "- [ ] Run `npm test` in [the repo](https://example.com) <b>now</b>",
      "- [ ]",
      "- Check   the",
      "  dashboards:",
      "- ",
      "- ![](x.png)",
    );
    expect(findChecklists(markdown).checklists[0]?.items).toEqual([
      { title: "Run `npm test` in the repo now", detail: null },
      { title: "Check the dashboards", detail: null },
    ]);
  });

  it("makes nested lists and later paragraphs of an item its detail, as Markdown", () => {
    const markdown = md(
      "### Weekly",
      "- Review dashboards",
      "  - API latency",
      "  - Error rate",
      "",
      "  Compare with **last week**.",
      "- Rotate keys",
      "  ```bash",
      "  vercel env rm KEY",
      "  ```",
    );
    expect(findChecklists(markdown).checklists[0]?.items).toEqual([
      { title: "Review dashboards", detail: "- API latency\n- Error rate\n\nCompare with **last week**." },
      { title: "Rotate keys", detail: "```bash\nvercel env rm KEY\n```" },
    ]);
  });

  it("reads items inside a block quote", () => {
    expect(titles(md("### Daily", "> - [ ] Check queues", "> - [ ] Check alerts"))).toEqual([
      ["Daily", "DAILY", ["Check queues", "Check alerts"]],
    ]);
  });
});

describe("findChecklists: where a checklist ends", () => {
  it("ends at the next heading of the same or a higher level, not at a deeper one", () => {
    const markdown = md(
      "## Maintenance",
      "### Daily",
      "- Check logs",
      "#### Database",
      "- Check size",
      "### Notes",
      "- Not an item",
      "## Other",
      "- Not one either",
    );
    expect(titles(markdown)).toEqual([["Daily", "DAILY", ["Check logs", "Check size"]]]);
  });

  it("starts a separate checklist at a sub-heading with its own cadence, then goes back to the outer one", () => {
    const markdown = md(
      "## Daily",
      "- Check logs",
      "### Weekly",
      "- Review costs",
      "### Notes",
      "- Check alerts",
      "# Appendix",
      "- Not an item",
    );
    const found = findChecklists(markdown).checklists;
    expect(found.map((c) => [c.name, c.line, c.items.map((i) => i.title)])).toEqual([
      ["Daily", 1, ["Check logs", "Check alerts"]],
      ["Weekly", 3, ["Review costs"]],
    ]);
  });

  it("reads setext headings and returns no checklist for a cadence heading without items", () => {
    const markdown = md("Monthly", "=======", "", "Nothing to do yet.", "", "Quarterly", "---------", "- Test restore");
    expect(titles(markdown)).toEqual([["Quarterly", "QUARTERLY", ["Test restore"]]]);
  });
});
