import { createHash } from "node:crypto";
import { buildStatusPage } from "@opsdeck/core/status/build";
import { PRIVATE_STRINGS, STATUS_NOW, type StatusSuite, statusSuite } from "@opsdeck/core/status/test-fixtures";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { esc, renderStatusHtml } from "./render-html.ts";
import { STATUS_STYLE_HASH } from "./style.ts";

describe("the status page's HTML", () => {
  let s: StatusSuite;
  let html: string;
  beforeAll(async () => {
    s = await statusSuite();
    html = renderStatusHtml(await buildStatusPage(s.db, STATUS_NOW));
  });
  afterAll(() => s.t.drop());

  it("shows public services, the open incident's update as a sentence with its UTC time, and the headline", () => {
    expect(html).toContain('<span class="name">Checkout</span>');
    expect(html).toContain('<span class="name">Search</span>');
    expect(html).toContain("Partial outage");
    expect(html).toContain('<time datetime="2026-11-23T12:34:56.000Z">2026-11-23 12:34 UTC</time>');
    expect(html).toContain("<strong>Identified</strong>: We found the cause and are rolling out a fix.");
    expect(html).toContain("Resolved in the last 7 days");
    expect(html.match(/<i( class="[fmpd]")? title="\d{4}-\d\d-\d\d: /g)).toHaveLength(180);
    expect(html).not.toMatch(/<script/i);
  });

  it("tells each service's bars in words, not colour alone", () => {
    const labels = [...html.matchAll(/class="bars" role="img" aria-label="([^"]*)"/g)].map((m) => m[1]);
    expect(labels).toHaveLength(2);
    for (const l of labels)
      expect(l).toMatch(/last 90 days: (No data yet|[\d.]+\s?% uptime, (no downtime|downtime on \d+ days?))$/);
    expect(labels[0]).toMatch(/^Checkout, .*, downtime on 1 day$/);
  });

  it("names nothing private anywhere in the document", () => {
    for (const secret of PRIVATE_STRINGS) expect(html).not.toContain(secret);
  });

  it("carries exactly the stylesheet its policy allows by hash", () => {
    const css = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? "";
    expect(`'sha256-${createHash("sha256").update(css).digest("base64")}'`).toBe(STATUS_STYLE_HASH);
  });

  it("escapes text from the database", () => {
    expect(esc(`<img src=x onerror="a">&'`)).toBe("&lt;img src=x onerror=&quot;a&quot;&gt;&amp;&#39;");
  });
});
