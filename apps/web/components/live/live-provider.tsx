"use client";

import { createContext, type ReactNode, useContext, useEffect, useState, useSyncExternalStore } from "react";
import { LiveConnection, type LiveMode } from "@/lib/live/connection";

const LiveContext = createContext<LiveConnection | null>(null);

/** One event stream for the signed-in pages, opened by the first page that listens. */
export function LiveProvider({ children }: { children: ReactNode }) {
  const [conn] = useState(() => new LiveConnection());
  useEffect(() => () => conn.stop(), [conn]);
  return <LiveContext.Provider value={conn}>{children}</LiveContext.Provider>;
}

export function useLive(): LiveConnection {
  const conn = useContext(LiveContext);
  if (!conn) throw new Error("useLive needs a LiveProvider");
  return conn;
}

/** The stream's mode; "connecting" on the server and until the stream says more. */
export function useLiveMode(): LiveMode {
  const conn = useLive();
  return useSyncExternalStore(
    (f) => conn.onMode(f),
    () => conn.mode,
    () => "connecting",
  );
}
