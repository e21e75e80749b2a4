import { ZChecklistRunParam } from "./checklist-inputs.ts";
import { ZIncidentNumberParam } from "./inputs.ts";
import { ZChannelIdParam, ZCreateChannelBody, ZUpdateChannelBody } from "./notification-inputs.ts";
import { ZChannelOut, ZChannelTestOut, ZNotificationOut } from "./notification-schemas.ts";
import type { ApiOperation } from "./openapi.ts";
import { ZPageQuery } from "./page-inputs.ts";
import { ZDeleted } from "./schemas.ts";

const op = <O extends ApiOperation>(o: O): O => o;

/** Notification channels and the notifications sent about an incident or a checklist run. */
export const notificationOperations = {
  listNotificationChannels: op({
    method: "get",
    path: "/api/v1/notification-channels",
    summary: "Slack, webhook and email channels with their severities; secrets are never returned",
    tag: "notifications",
    role: "ADMIN",
    query: ZPageQuery(500),
    paged: true,
    response: ZChannelOut.array(),
  }),
  createNotificationChannel: op({
    method: "post",
    path: "/api/v1/notification-channels",
    summary:
      "Add a channel: SLACK with webhookUrl, WEBHOOK with config.url and signingSecret, EMAIL with SMTP settings and an optional password (all stored encrypted)",
    tag: "notifications",
    role: "ADMIN",
    body: ZCreateChannelBody,
    status: 201,
    response: ZChannelOut,
  }),
  updateNotificationChannel: op({
    method: "patch",
    path: "/api/v1/notification-channels/{id}",
    summary: "Change a channel's name, settings, severities, quiet, enabled or checklists flag, or replace its secret",
    tag: "notifications",
    role: "ADMIN",
    params: ZChannelIdParam,
    body: ZUpdateChannelBody,
    response: ZChannelOut,
  }),
  deleteNotificationChannel: op({
    method: "delete",
    path: "/api/v1/notification-channels/{id}",
    summary: "Remove a channel, its secret and its queued notifications (timelines keep what was sent)",
    tag: "notifications",
    role: "ADMIN",
    params: ZChannelIdParam,
    response: ZDeleted,
  }),
  testNotificationChannel: op({
    method: "post",
    path: "/api/v1/notification-channels/{id}/test",
    summary: "Send a test message now (10 s at most, pages nobody) and say whether the channel accepted it",
    tag: "notifications",
    role: "ADMIN",
    params: ZChannelIdParam,
    response: ZChannelTestOut,
  }),
  listIncidentNotifications: op({
    method: "get",
    path: "/api/v1/incidents/{number}/notifications",
    summary: "The incident's notifications, oldest first: channel, event, status, attempts and the last error",
    tag: "notifications",
    role: "VIEWER",
    params: ZIncidentNumberParam,
    query: ZPageQuery(500),
    paged: true,
    response: ZNotificationOut.array(),
  }),
  listChecklistRunNotifications: op({
    method: "get",
    path: "/api/v1/checklists/{slug}/runs/{runId}/notifications",
    summary: "A checklist run's notifications (its miss), oldest first: channel, status, attempts and the last error",
    tag: "notifications",
    role: "VIEWER",
    params: ZChecklistRunParam,
    response: ZNotificationOut.array(),
  }),
};
