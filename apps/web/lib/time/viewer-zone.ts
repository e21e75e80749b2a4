import "server-only";
import { isValidTimeZone } from "@opsdeck/core/time/zone";
import { cookies } from "next/headers";
import { getSession } from "../auth/session.ts";
import { displayZone, isCookieSafeZone, TZ_COOKIE, type ZoneSetting } from "./zone.ts";

/** The signed-in user's zone choice and the browser zone their cookie reports (null until it has). */
export async function viewerZoneSetting(): Promise<ZoneSetting> {
  const [user, jar] = await Promise.all([getSession(), cookies()]);
  const cookie = jar.get(TZ_COOKIE)?.value ?? "";
  return {
    chosen: user?.timeZone ?? null,
    browser: isCookieSafeZone(cookie) && isValidTimeZone(cookie) ? cookie : null,
  };
}

/** The zone to write this request's times in on the server (messages, not pages: those use `<Time>`). */
export const viewerZone = async (): Promise<string> => displayZone(await viewerZoneSetting());
