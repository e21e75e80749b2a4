"use client";

import {
  Activity,
  Bell,
  CreditCard,
  Database,
  FileText,
  ListChecks,
  PhoneCall,
  Server,
  Settings,
  Siren,
  Zap,
} from "lucide-react";
import { usePathname } from "next/navigation";
import { isActive, NAV_ITEMS } from "./nav-items";
import { IntentLink } from "@/components/ui/intent-link";

const ICONS = {
  activity: Activity,
  bell: Bell,
  database: Database,
  "credit-card": CreditCard,
  server: Server,
  siren: Siren,
  "file-text": FileText,
  zap: Zap,
  "list-checks": ListChecks,
  settings: Settings,
  "phone-call": PhoneCall,
};

export function Nav({ onNavigate }: { onNavigate?: () => void }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" className="flex flex-col gap-1">
      {NAV_ITEMS.map((item) => {
        const Icon = ICONS[item.icon as keyof typeof ICONS];
        const active = isActive(pathname, item.href);
        return (
          <IntentLink
            key={item.href}
            href={item.href}
            onClick={onNavigate}
            aria-current={active ? "page" : undefined}
            className={`flex items-center gap-3 rounded-md px-3 py-2 text-sm font-medium ${
              active
                ? "bg-emerald-50 text-emerald-800 dark:bg-emerald-500/10 dark:text-emerald-300"
                : "text-slate-600 hover:bg-slate-100 hover:text-slate-900 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white"
            }`}
          >
            <Icon className="size-4 shrink-0" aria-hidden />
            {item.label}
          </IntentLink>
        );
      })}
    </nav>
  );
}
