"use client";

import type { WorkerStatusDto } from "@opsdeck/core/health/worker-status";
import type { OnCallDto } from "@opsdeck/core/schedule/on-call";
import { Menu, Siren, X } from "lucide-react";
import { LiveAnnouncer } from "@/components/live/live-announcer";
import { LiveProvider } from "@/components/live/live-provider";
import { IntentLink } from "@/components/ui/intent-link";
import { type ReactNode, useState } from "react";
import { Nav } from "./nav";
import { OnCallLink } from "./on-call-link";
import { KeyboardShortcuts } from "./shortcuts/keyboard-shortcuts";
import { MAIN_ID, SkipLink } from "./skip-link";
import { SignOutButton } from "./sign-out-button";
import { StatusPageLink } from "./status-page-link";
import { ThemeToggle } from "./theme-toggle";
import { WorkerBanner } from "./worker-banner";

type Props = {
  user: { email: string; name: string | null; role: string };
  worker: { status: WorkerStatusDto; renderedAt: number };
  /** Who is on call on every schedule when the page was rendered. */
  onCall: OnCallDto[];
  children: ReactNode;
};

function Brand() {
  return (
    <IntentLink href="/" className="flex items-center gap-2 font-semibold tracking-tight">
      <svg viewBox="0 0 32 32" className="size-7" aria-hidden>
        <rect width="32" height="32" rx="7" className="fill-slate-900 dark:fill-slate-800" />
        <path
          d="M7 17h4l3-7 4 13 3-6h4"
          fill="none"
          stroke="#34d399"
          strokeWidth="2.6"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
      Opsdeck
    </IntentLink>
  );
}

/** Two clicks from anywhere: this, then the form's submit. */
function DeclareButton({ short = false }: { short?: boolean }) {
  return (
    <IntentLink
      href="/incidents/new"
      aria-label={short ? "Declare incident" : undefined}
      className={`btn-danger gap-1.5 whitespace-nowrap ${short ? "px-2.5" : ""}`}
    >
      <Siren className="size-4" aria-hidden />
      {short ? "Declare" : "Declare incident"}
    </IntentLink>
  );
}

const canDeclare = (role: string) => role === "RESPONDER" || role === "ADMIN";

function UserBox({ user }: Pick<Props, "user">) {
  return (
    <div className="min-w-0 text-sm">
      <p className="truncate font-medium" data-testid="current-user">
        {user.name ?? user.email}
      </p>
      <p className="text-xs text-slate-500 dark:text-slate-400">{user.role.toLowerCase()}</p>
    </div>
  );
}

export function AppShell({ user, worker, onCall, children }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <LiveProvider>
      <SkipLink />
      <div className="min-h-dvh lg:grid lg:grid-cols-[15rem_1fr] print:block">
        <aside className="hidden print:hidden border-r border-slate-200 bg-white p-4 lg:flex lg:flex-col lg:gap-6 dark:border-slate-800 dark:bg-slate-900">
          <Brand />
          {canDeclare(user.role) && <DeclareButton />}
          <Nav />
          <div className="mt-auto">
            <OnCallLink initial={onCall} renderedAt={worker.renderedAt} />
            <StatusPageLink />
          </div>
          <div className="flex items-center justify-between gap-2">
            <UserBox user={user} />
            <div className="flex gap-2">
              <ThemeToggle />
              <SignOutButton />
            </div>
          </div>
        </aside>
        <header className="sticky top-0 z-20 flex print:hidden items-center justify-between border-b border-slate-200 bg-white/95 px-4 py-2 backdrop-blur lg:hidden dark:border-slate-800 dark:bg-slate-900/95">
          <Brand />
          <div className="flex items-center gap-2">
            {canDeclare(user.role) && <DeclareButton short />}
            <ThemeToggle />
            <button
              type="button"
              className="btn-secondary px-2"
              aria-label={open ? "Close menu" : "Open menu"}
              aria-expanded={open}
              onClick={() => setOpen(!open)}
            >
              {open ? <X className="size-4" aria-hidden /> : <Menu className="size-4" aria-hidden />}
            </button>
          </div>
        </header>
        <div className="border-b border-slate-200 bg-white px-1 lg:hidden print:hidden dark:border-slate-800 dark:bg-slate-900">
          <OnCallLink initial={onCall} renderedAt={worker.renderedAt} />
        </div>
        {open && (
          <div className="border-b border-slate-200 bg-white p-4 lg:hidden dark:border-slate-800 dark:bg-slate-900">
            <Nav onNavigate={() => setOpen(false)} />
            <StatusPageLink />
            <div className="mt-4 flex items-center justify-between">
              <UserBox user={user} />
              <SignOutButton />
            </div>
          </div>
        )}
        <main id={MAIN_ID} tabIndex={-1} className="min-w-0 px-4 py-6 outline-none sm:px-6 lg:px-8">
          <WorkerBanner initial={worker.status} renderedAt={worker.renderedAt} />
          {children}
        </main>
      </div>
      <LiveAnnouncer />
      <KeyboardShortcuts canDeclare={canDeclare(user.role)} />
    </LiveProvider>
  );
}
