"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { useLive } from "@/components/live/live-provider";

/** Read the rule's page again when the rule, or one of its states, changes. */
export function AlertRuleLive({ id, from }: { id: string; from: number }) {
  const conn = useLive();
  const router = useRouter();
  useEffect(() => {
    conn.start(from);
    return conn.subscribe((frame) => {
      if (frame.event === "reset" || (frame.event === "alert.changed" && frame.data.id === id)) router.refresh();
    });
  }, [conn, from, id, router]);
  return null;
}
