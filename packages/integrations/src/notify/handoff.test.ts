import { describe, expect, it } from "vitest";
import { startSlackServer } from "../testing/slack-server.ts";
import type { HandoffIncident, HandoffMessage } from "./handoff.ts";
import { sendHandoffMessage } from "./send-handoff.ts";

const incident = (number: number, acknowledged: boolean): HandoffIncident => ({
  number,
  title: `Incident ${number}`,
  severity: "P2",
  service: "Shop",
  openedAt: "2026-06-02T08:00:00.000Z",
  opened: "2026-06-02 08:00 UTC",
  acknowledged,
  url: `https://ops.example.test/incidents/${number}`,
});

const HANDOFF: HandoffMessage = {
  schedule: "Storefront",
  layer: "primary",
  to: "Ben",
  from: "Ana",
  startsAt: "2026-06-02T09:00:00.000Z",
  starts: "2026-06-02 09:00 UTC",
  note: "Watch <db-2> & its disk",
  incidents: [incident(7, false), ...Array.from({ length: 25 }, (_, i) => incident(100 + i, true))],
  url: "https://ops.example.test/schedules/s1/handoff",
};

describe("handoff messages", () => {
  it("mention the incoming Slack member, call out the unacknowledged incident and cap the list", async () => {
    const slack = await startSlackServer();
    try {
      const r = await sendHandoffMessage(
        { kind: "SLACK", url: `${slack.url}/services/T/B/x`, memberId: "U012AB3CD" },
        HANDOFF,
      );
      expect(r).toMatchObject({ ok: true });
      const m = slack.messages.at(-1);
      expect(m?.text).toMatch(/^<@U012AB3CD> \[On call\] Storefront \/ primary: You are on call/);
      const text = JSON.stringify(m?.blocks);
      expect(text.indexOf("Not acknowledged yet:")).toBeLessThan(text.indexOf("#7 [P2]"));
      expect(text.indexOf("#7 [P2]")).toBeLessThan(text.indexOf("Acknowledged, still open:"));
      expect(text).toContain("…and 5 more");
      expect(text).toContain("Watch &lt;db-2&gt; &amp; its disk");
    } finally {
      await slack.close();
    }
  });
});
