import { type ReceivedMail, startSmtpReceiver } from "@opsdeck/integrations/testing/index";
import { expect, test } from "@playwright/test";
import { ADMIN, cliUser, signIn, tokenOf } from "./helpers";

/** A mail's text with quoted-printable soft breaks and "=3D" undone, so links read whole. */
const textOf = (m: ReceivedMail) => m.raw.replace(/=\r?\n/g, "").replace(/=3D/gi, "=");
const pagesTo = (mails: ReceivedMail[], address: string) => mails.filter((m) => m.to.includes(address));

async function until<T>(what: string, probe: () => T | null | undefined | false, timeoutMs: number): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = probe();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

// The policy's waits are whole minutes, so this journey takes two or three of them.
test.setTimeout(300_000);

test("a broken check pages the primary, then the secondary, who acknowledges from the mailed link; nobody is paged again", async ({
  page,
  browser,
  playwright,
  baseURL,
}) => {
  const smtp = await startSmtpReceiver();
  const api = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { authorization: `Bearer ${tokenOf(ADMIN.email, "escalation")}` },
  });
  let channelId: string | null = null;
  try {
    const tag = Date.now().toString(36);
    const primary = cliUser("RESPONDER");
    const secondary = cliUser("RESPONDER");
    const pager = { primary: `pager-1-${tag}@example.test`, secondary: `pager-2-${tag}@example.test` };
    const ok = async (r: Promise<{ status(): number; text(): Promise<string> }>, status = 201) => {
      const res = await r;
      expect(res.status(), await res.text()).toBe(status);
      return res;
    };

    // Pages by email go through the first enabled email channel: this one, removed at the end.
    const channel = await (
      await ok(
        api.post("/api/v1/notification-channels", {
          data: {
            name: `Pager mail ${tag}`,
            kind: "EMAIL",
            severities: ["P0", "P1"],
            config: {
              host: "127.0.0.1",
              port: smtp.port,
              secure: false,
              from: "opsdeck@example.test",
              to: [`team-${tag}@example.test`],
            },
          },
        }),
      )
    ).json();
    channelId = channel.id;
    for (const [who, address] of [
      [primary, pager.primary],
      [secondary, pager.secondary],
    ] as const)
      await ok(
        api.put(`/api/v1/users/${encodeURIComponent(who.email)}/contact-methods`, {
          data: [{ kind: "EMAIL", address }],
        }),
        200,
      );

    const scheduleName = `Checkout on-call ${tag}`;
    const weekly = { every: "week", at: "09:00", weekday: "monday" };
    const startsAt = new Date(Date.now() - 7 * 86_400_000).toISOString();
    await ok(
      api.post("/api/v1/schedules", {
        data: {
          name: scheduleName,
          timeZone: "UTC",
          layers: [
            { name: "primary", handoff: weekly, startsAt, members: [primary.email] },
            { name: "secondary", handoff: weekly, startsAt, members: [secondary.email] },
          ],
        },
      }),
    );
    const service = await (
      await ok(
        api.post("/api/v1/services", { data: { name: `Checkout ${tag}`, tier: "TIER_1", autoIncidentSeverity: "P1" } }),
      )
    ).json();
    // One repeat: had nobody answered, the primary would be paged again a minute after the secondary.
    await ok(
      api.post("/api/v1/escalation-policies", {
        data: {
          name: `Checkout P1 ${tag}`,
          severities: ["P1"],
          services: [service.slug],
          steps: [
            { notify: { schedule: scheduleName, layer: "primary" }, waitMinutes: 1 },
            { notify: { schedule: scheduleName, layer: "secondary" }, waitMinutes: 1 },
          ],
          repeat: 1,
        },
      }),
    );

    // Nothing listens on port 9: the check goes DOWN and the service's P1 opens by itself.
    await ok(
      api.post("/api/v1/checks", {
        data: {
          serviceId: service.id,
          name: "storefront",
          kind: "http",
          intervalSeconds: 10,
          downAfter: 1,
          config: { url: "http://127.0.0.1:9/" },
        },
      }),
    );
    const first = await until("the primary's page", () => pagesTo(smtp.mails, pager.primary)[0], 90_000);
    const pagedAt = Date.now();
    const number = Number(first.subject.match(/^\[P1\] #(\d+) /)?.[1]);
    expect(number, first.subject).toBeGreaterThan(0);
    expect(textOf(first)).toContain(`${baseURL}/incidents/${number}`);
    expect(pagesTo(smtp.mails, pager.secondary)).toHaveLength(0);

    const second = await until("the secondary's page", () => pagesTo(smtp.mails, pager.secondary)[0], 120_000);
    // Not before the primary's minute had passed (the worker polls, so allow it a little early of a full minute).
    expect(Date.now() - pagedAt).toBeGreaterThan(50_000);
    expect(second.subject).toBe(first.subject);
    const ackPath = textOf(second).match(/\/ack\/[A-Za-z0-9_-]{43}/)?.[0];
    expect(ackPath, "the page carries a one-click acknowledge link").toBeTruthy();

    // The secondary opens the mail on a phone with no Opsdeck session.
    const phone = await browser.newContext({ viewport: { width: 390, height: 800 } });
    const p = await phone.newPage();
    await p.goto(ackPath as string);
    await p.getByRole("button", { name: `Acknowledge incident #${number}` }).click();
    await expect(p.getByRole("status")).toContainText(`Acknowledged incident #${number} as ${secondary.email}`);
    const ackedAt = Date.now();
    await phone.close();

    // Past the moment the chain would have paged the primary again: no further page.
    await page.waitForTimeout(Math.max(0, pagedAt + 2 * 60_000 + 10_000 - ackedAt));
    expect(pagesTo(smtp.mails, pager.primary)).toHaveLength(1);
    expect(pagesTo(smtp.mails, pager.secondary)).toHaveLength(1);
    const incident = await (await ok(api.get(`/api/v1/incidents/${number}`), 200)).json();
    expect(incident.acknowledgedAt).not.toBeNull();
    expect(incident.unansweredAt).toBeNull();

    await signIn(page, ADMIN);
    await page.goto(`/incidents/${number}`);
    await expect(page.getByText(`Acknowledged from the one-click link paged to ${secondary.email}`)).toBeVisible();
  } finally {
    if (channelId) await api.delete(`/api/v1/notification-channels/${channelId}`);
    await api.dispose();
    await smtp.close();
  }
});
