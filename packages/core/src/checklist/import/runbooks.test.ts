import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findChecklists } from "./parse.ts";

const runbook = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
const outline = (markdown: string) =>
  findChecklists(markdown).checklists.map((c) => ({
    name: c.name,
    cadence: c.cadence,
    line: c.line,
    items: c.items.map((i) => i.title),
  }));
const NO_CADENCE = "No cadence in the heading: choose daily, weekly, monthly, quarterly or pre-deploy";

describe("findChecklists on real runbooks", () => {
  it("operations-runbook.md: bold-labelled SQL blocks, a bold-labelled task list, a P0 checklist without cadence", () => {
    const markdown = runbook("operations-runbook.md");
    expect(outline(markdown)).toEqual([
      {
        name: "Daily Maintenance",
        cadence: "DAILY",
        line: 515,
        items: ["Check Database Size", "Check Table Sizes", "Check Active Connections"],
      },
      {
        name: "Weekly Maintenance",
        cadence: "WEEKLY",
        line: 547,
        items: ["Analyze Query Performance", "Check Index Usage", "Vacuum Database (Automatic in Neon)"],
      },
      { name: "Monthly Maintenance", cadence: "MONTHLY", line: 585, items: ["Archive Old Data", "Update Statistics"] },
      {
        name: "Pre-Deployment Checklist",
        cadence: "PRE_DEPLOY",
        line: 635,
        items: [
          "All tests passing",
          "Code reviewed",
          "Staging tested",
          "Database migrations tested",
          "Environment variables updated",
          "Backup created",
          "Team notified",
        ],
      },
    ]);
    const { checklists, skipped } = findChecklists(markdown);
    expect(checklists[0]?.items[0]?.detail).toBe(
      "```sql\nSELECT\n  pg_size_pretty(pg_database_size('your_database')) as size;\n```",
    );
    expect(checklists[1]?.items[2]?.detail).toBe("```sql\n-- Manual vacuum if needed\nVACUUM ANALYZE;\n```");
    expect(checklists[3]?.items.every((i) => i.detail === null)).toBe(true);
    // Eight numbered comments in its bash block; "Deployment Steps" and "Backup Verification" are not checklists.
    expect(skipped).toEqual([{ name: "P0 Response Checklist", line: 69, items: 8, reason: NO_CADENCE }]);
  });

  it("storefront-runbook.md: task lists under cadence headings, an incident checklist without cadence", () => {
    const markdown = runbook("storefront-runbook.md");
    expect(outline(markdown)).toEqual([
      {
        name: "Pre-Deployment Checklist",
        cadence: "PRE_DEPLOY",
        line: 112,
        items: [
          "Run `pnpm typecheck` locally",
          "Run `pnpm lint` locally",
          "Run `pnpm test` locally",
          "Check Prisma migrations are applied",
          "Verify environment variables in Vercel",
          "Review recent commits for breaking changes",
          "Notify team in Slack #deploys channel",
        ],
      },
      {
        name: "Daily",
        cadence: "DAILY",
        line: 332,
        items: ["Check error logs", "Review order queue (pending fulfillment)", "Monitor low-stock alerts"],
      },
      {
        name: "Weekly",
        cadence: "WEEKLY",
        line: 338,
        items: ["Review analytics (PostHog)", "Check impact ledger accuracy", "Update product inventory if needed"],
      },
      {
        name: "Monthly",
        cadence: "MONTHLY",
        line: 344,
        items: [
          "Database performance review",
          "Security updates (dependencies)",
          "Impact report generation",
          "Contributor payments (if applicable)",
        ],
      },
      {
        name: "Quarterly",
        cadence: "QUARTERLY",
        line: 351,
        items: [
          "Full backup test (restore to staging)",
          "SSL certificate check (Vercel auto-renews)",
          "Review and archive old orders (>1 year)",
          "Audit impact fund allocations",
        ],
      },
    ]);
    const { checklists, skipped } = findChecklists(markdown);
    expect(checklists.flatMap((c) => c.items).every((i) => i.detail === null)).toBe(true);
    // "Neon takes daily snapshots" and the "- [ ]" lines inside the postmortem template's code block are not checklists.
    expect(skipped).toEqual([{ name: "Incident Checklist", line: 380, items: 6, reason: NO_CADENCE }]);
  });

  it("marketplace-runbooks.md: no checklists at all", () => {
    // Its procedures are numbered lists under headings that name no cadence and do not say "checklist";
    // "daily backups" appears only inside list items and a sentence.
    expect(findChecklists(runbook("marketplace-runbooks.md"))).toEqual({ checklists: [], skipped: [] });
  });
});
