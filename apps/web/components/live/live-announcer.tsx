"use client";

import { useEffect, useState } from "react";
import { announcementsFor } from "@/lib/live/announce";
import { useLive } from "./live-provider";

/** Kept in the region so a screen reader's review finds the last few; each is read once as it arrives. */
const KEEP = 10;

type Message = { key: string; text: string };

/**
 * A polite live region on every signed-in page: one message per change the event stream reports (a
 * check changing state, an incident opened, an action run finished), never one per tile refresh.
 */
export function LiveAnnouncer() {
  const conn = useLive();
  const [messages, setMessages] = useState<Message[]>([]);
  useEffect(() => {
    const since = Date.now() - 2_000;
    const said = new Set<string>();
    return conn.subscribe((frame) => {
      for (const a of announcementsFor(frame, since)) {
        if (said.has(a.key)) continue;
        said.add(a.key);
        a.text()
          .then((text) => setMessages((m) => [...m, { key: a.key, text }].slice(-KEEP)))
          .catch(() => said.delete(a.key));
      }
    });
  }, [conn]);
  return (
    <div role="status" aria-live="polite" className="sr-only" data-testid="live-announcer">
      {messages.map((m) => (
        <p key={m.key}>{m.text}</p>
      ))}
    </div>
  );
}
