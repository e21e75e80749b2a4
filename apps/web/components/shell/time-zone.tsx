"use client";

import { isValidTimeZone } from "@opsdeck/core/time/zone";
import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from "react";
import { displayZone, isCookieSafeZone, tzCookie, type ZoneSetting } from "@/lib/time/zone";

type TimeZoneValue = ZoneSetting & { zone: string };

const TimeZoneContext = createContext<TimeZoneValue>({ chosen: null, browser: null, zone: "UTC" });

/**
 * The zone every time on the page is written in. The first render uses what the server knew (the
 * user's choice, else the browser zone its cookie reported, else UTC), so hydration matches; once
 * mounted, the browser's own zone is read, kept in the cookie for the server, and used unless a zone was chosen.
 */
export function TimeZoneProvider({ chosen, browser, children }: ZoneSetting & { children: ReactNode }) {
  const [detected, setDetected] = useState<string | null>(null);
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!zone || !isCookieSafeZone(zone) || !isValidTimeZone(zone)) return;
    // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is not in every browser yet; the value is checked above
    if (zone !== browser) document.cookie = tzCookie(zone, window.location.protocol === "https:");
    setDetected(zone);
  }, [browser]);
  const seen = detected ?? browser;
  const value = useMemo(
    () => ({ chosen, browser: seen, zone: displayZone({ chosen, browser: seen }) }),
    [chosen, seen],
  );
  return <TimeZoneContext.Provider value={value}>{children}</TimeZoneContext.Provider>;
}

/** The zone to write times in. */
export const useTimeZone = (): string => useContext(TimeZoneContext).zone;

/** The user's choice and the browser's zone, for the setting that picks between them. */
export const useTimeZoneSetting = (): TimeZoneValue => useContext(TimeZoneContext);
