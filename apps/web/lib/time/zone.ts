import { resolveTimeZone } from "@opsdeck/core/time/zone";

/** The browser's own zone, written by the client so that the server renders times in it too. */
export const TZ_COOKIE = "opsdeck_tz";

/** Zone names are letters, digits and `/_+-`: safe in a cookie value as they are. */
const COOKIE_SAFE = /^[A-Za-z0-9/_+-]{1,64}$/;

export const isCookieSafeZone = (zone: string): boolean => COOKIE_SAFE.test(zone);

export function tzCookie(zone: string, secure: boolean): string {
  return `${TZ_COOKIE}=${zone}; Path=/; Max-Age=31536000; SameSite=Lax${secure ? "; Secure" : ""}`;
}

/** What a viewer's times are written in: their own choice, else their browser's zone, else UTC. */
export type ZoneSetting = { chosen: string | null; browser: string | null };

export const displayZone = ({ chosen, browser }: ZoneSetting): string => resolveTimeZone(chosen ?? browser);
