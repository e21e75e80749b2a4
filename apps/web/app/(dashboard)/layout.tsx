import { getWorkerStatus } from "@opsdeck/core/health/worker-status";
import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const user = await requireRole("VIEWER");
  const now = new Date();
  const status = await getWorkerStatus({ db: db(), now });
  return (
    <AppShell user={{ email: user.email, name: user.name, role: user.role }} worker={{ status, renderedAt: now.getTime() }}>
      {children}
    </AppShell>
  );
}
