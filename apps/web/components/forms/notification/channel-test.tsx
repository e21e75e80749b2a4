"use client";

import type { ReactNode } from "react";
import { testChannelAction } from "@/app/(dashboard)/settings/notifications/actions";
import { TestSend } from "@/components/forms/test-send";

/** "Send test" (beside the card's other buttons): waits for the channel's answer (10 s at most) and shows it below. */
export function ChannelTest({ id, name, children }: { id: string; name: string; children?: ReactNode }) {
  return (
    <TestSend id={id} name={name} action={testChannelAction}>
      {children}
    </TestSend>
  );
}
