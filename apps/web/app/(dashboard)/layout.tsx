import { getWorkerStatus } from "@opsdeck/core/health/worker-status";
import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { TimeZoneProvider } from "@/components/shell/time-zone";
import { requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { onCallNow } from "@/lib/schedules/on-call-now";
import { viewerZoneSetting } from "@/lib/time/viewer-zone";

export const dynamic = "force-dynamic";

export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const user = await requireRole("VIEWER");
  const now = new Date();
  const [status, zone, onCall] = await Promise.all([
    getWorkerStatus({ db: db(), now }),
    viewerZoneSetting(),
    onCallNow(),
  ]);
  return (
    <TimeZoneProvider {...zone}>
      <AppShell
        user={{ email: user.email, name: user.name, role: user.role }}
        worker={{ status, renderedAt: now.getTime() }}
        onCall={onCall.onCall}
      >
        {children}
      </AppShell>
    </TimeZoneProvider>
  );
}
