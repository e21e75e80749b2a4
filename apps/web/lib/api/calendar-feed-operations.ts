import { ZCalendarFeedIdParam, ZCalendarFeedsQuery, ZCreateCalendarFeedBody } from "./calendar-feed-inputs.ts";
import { ZCalendarFeedCreated, ZCalendarFeedOut } from "./calendar-feed-schemas.ts";
import { op } from "./openapi.ts";

/** Calendar feeds: secret iCalendar URLs of on-call shifts, for calendar apps to subscribe to. */
export const calendarFeedOperations = {
  listCalendarFeeds: op({
    method: "get",
    path: "/api/v1/calendar-feeds",
    summary: "Calendar feeds, newest first: those you made (an admin: everyone's), with their last use",
    tag: "on-call",
    role: "VIEWER",
    query: ZCalendarFeedsQuery,
    paged: true,
    response: ZCalendarFeedOut.array(),
  }),
  createCalendarFeed: op({
    method: "post",
    path: "/api/v1/calendar-feeds",
    summary:
      "Make a secret iCalendar URL of a schedule's shifts (anyone) or of a person's shifts on every schedule (yourself; an admin anyone), from 14 days back to 90 days ahead",
    tag: "on-call",
    role: "VIEWER",
    body: ZCreateCalendarFeedBody,
    status: 201,
    response: ZCalendarFeedCreated,
    errors: { 422: "No such schedule, or no active user with that email" },
  }),
  revokeCalendarFeed: op({
    method: "delete",
    path: "/api/v1/calendar-feeds/{id}",
    summary: "Revoke a calendar feed (who made it, or an admin): its URL answers 404 from then on",
    tag: "on-call",
    role: "VIEWER",
    params: ZCalendarFeedIdParam,
    response: ZCalendarFeedOut,
    errors: { 404: "No such calendar feed" },
  }),
};
