export type NavItem = { href: string; label: string; icon: string; adminOnly?: boolean };

export const NAV_ITEMS: NavItem[] = [
  { href: "/", label: "Overview", icon: "activity" },
  { href: "/services", label: "Services", icon: "server" },
  { href: "/incidents", label: "Incidents", icon: "siren" },
  { href: "/alerts", label: "Alerts", icon: "bell" },
  { href: "/schedules", label: "On-call", icon: "phone-call" },
  { href: "/postmortems", label: "Postmortems", icon: "file-text" },
  { href: "/actions", label: "Actions", icon: "zap" },
  { href: "/checklists", label: "Checklists", icon: "list-checks" },
  { href: "/databases", label: "Databases", icon: "database" },
  { href: "/stripe", label: "Stripe", icon: "credit-card" },
  { href: "/settings", label: "Settings", icon: "settings" },
];

export const isActive = (pathname: string, href: string) =>
  href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
