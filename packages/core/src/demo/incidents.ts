import type { ActionItemKind, ActionItemStatus, IncidentStatus, PostmortemStatus, Severity } from "@opsdeck/db";

/** Event kinds that also set the incident's matching timestamp. */
export type DemoEventKind =
  | "detected"
  | "acknowledged"
  | "note"
  | "identified"
  | "mitigated"
  | "monitoring"
  | "resolved";

export type DemoIncident = {
  title: string;
  summary: string;
  severity: Severity;
  status: IncidentStatus;
  serviceSlug: string;
  detectedMinutesAgo: number;
  /** Minutes after detection. */
  events: { kind: DemoEventKind; after: number; message: string }[];
  /** Minutes after detection at which its first response steps were done; a resolved one has done them all. */
  responseDoneAfter?: number[];
  postmortem?: {
    status: PostmortemStatus;
    summary: string;
    impact: string;
    rootCause: string;
    whatWentWell: string;
    whatWentWrong: string;
    lessonsLearned: string;
    actionItems: { kind: ActionItemKind; title: string; status: ActionItemStatus; dueInDays: number }[];
  };
};

const DAY = 24 * 60;

export const DEMO_INCIDENTS: DemoIncident[] = [
  {
    title: "Stripe webhook failures",
    summary: 'Stripe webhook deliveries failed signature verification; paid orders stayed in "pending".',
    severity: "P1",
    status: "RESOLVED",
    serviceSlug: "stripe",
    detectedMinutesAgo: 3 * DAY,
    events: [
      {
        kind: "detected",
        after: 0,
        message: "Alert: 14 Stripe webhook deliveries failed in the last hour (threshold 10).",
      },
      { kind: "acknowledged", after: 9, message: "On-call acknowledged and opened a thread in #incidents." },
      {
        kind: "note",
        after: 22,
        message: "Stripe Dashboard → Webhooks: every delivery since the morning returns 400.",
      },
      {
        kind: "identified",
        after: 41,
        message:
          "Signature verification fails: STRIPE_WEBHOOK_SECRET in Render still holds the secret rolled yesterday.",
      },
      {
        kind: "mitigated",
        after: 58,
        message: "Updated STRIPE_WEBHOOK_SECRET in Render and redeployed; new deliveries succeed.",
      },
      {
        kind: "monitoring",
        after: 95,
        message: "Replaying failed events with `stripe events resend`; watching order creation.",
      },
      { kind: "resolved", after: 150, message: 'All failed events replayed; no paid orders left in "pending".' },
    ],
    postmortem: {
      status: "PUBLISHED",
      summary:
        "For about an hour the API rejected every Stripe webhook because it verified signatures with an outdated " +
        "signing secret. Payments succeeded but orders were not created until the events were replayed.",
      impact: '38 paid orders stuck in "pending" for up to 2.5 hours; confirmation emails delayed; no payments lost.',
      rootCause:
        "During the monthly secrets rotation the webhook endpoint's signing secret was rolled in Stripe, but " +
        "STRIPE_WEBHOOK_SECRET in the Render environment was not updated, so constructEvent() rejected every delivery.",
      whatWentWell:
        "The webhook-failure alert fired within the hour. Stripe keeps failed events, so replaying them recovered every order.",
      whatWentWrong:
        "The rotation steps did not mention the webhook secret, and nothing tested a delivery after the rotation.",
      lessonsLearned:
        "A secret is rotated only when every consumer has the new value and a real request has succeeded with it.",
      actionItems: [
        {
          kind: "DETECT",
          title: "Alert when Stripe webhook failures exceed 10 in 1 hour",
          status: "DONE",
          dueInDays: -1,
        },
        {
          kind: "PREVENT",
          title: "Add STRIPE_WEBHOOK_SECRET and a test delivery to the secrets-rotation steps",
          status: "IN_PROGRESS",
          dueInDays: 7,
        },
        {
          kind: "DETECT",
          title: "Send a signed test webhook in the post-deploy smoke tests",
          status: "OPEN",
          dueInDays: 14,
        },
      ],
    },
  },
  {
    title: "Elevated API latency",
    summary: "API P95 response time above 2 s; order pages slow for signed-in customers.",
    severity: "P2",
    status: "IDENTIFIED",
    serviceSlug: "api",
    detectedMinutesAgo: 95,
    events: [
      { kind: "detected", after: 0, message: "Alert: P95 response time above 2 s for 10 minutes on the API." },
      { kind: "acknowledged", after: 72, message: "Acknowledged; the page was missed during the on-call handover." },
      { kind: "note", after: 80, message: "pg_stat_statements: the order-history query averages 1.8 s." },
      {
        kind: "identified",
        after: 88,
        message: 'Last week\'s migration dropped the index on "Order"("userId"): sequential scans under load.',
      },
    ],
    responseDoneAfter: [74, 80],
  },
  {
    title: "Product images broken on /shop",
    summary: "Some product images on /shop showed as broken after a deploy.",
    severity: "P3",
    status: "RESOLVED",
    serviceSlug: "storefront",
    detectedMinutesAgo: 9 * DAY,
    events: [
      { kind: "detected", after: 0, message: "Customer report: several product images on /shop are broken." },
      { kind: "acknowledged", after: 190, message: "Acknowledged; added to today's work." },
      { kind: "identified", after: 220, message: "New artwork was missing from /public/art/ in the last deployment." },
      { kind: "resolved", after: 1500, message: "Re-processed images (`pnpm build:images`) and redeployed." },
    ],
  },
];
