export * from "./schemas.ts";
export { createCalendarFeed } from "./create.ts";
export { listCalendarFeeds } from "./list.ts";
export { revokeCalendarFeed } from "./revoke.ts";
export { renderCalendarFeed } from "./render.ts";
export { FEED_REFRESH_SECONDS } from "./ics.ts";
