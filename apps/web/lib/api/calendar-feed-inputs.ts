import { CALENDAR_FEED_FIELDS, checkOneSubject, ZCalendarFeedRef } from "@opsdeck/core/calendar-feed/schemas";
import { z } from "zod";
import { pageQuery } from "./page-inputs.ts";

/* Request schemas of the calendar-feed routes, from the schemas their core services validate with. */

export const ZCalendarFeedIdParam = z.object({ id: ZCalendarFeedRef.shape.id });
export const ZCreateCalendarFeedBody = z.strictObject(CALENDAR_FEED_FIELDS).superRefine(checkOneSubject);
export const ZCalendarFeedsQuery = z.object(pageQuery(200));
