import type { TargetKind } from "@opsdeck/db";

export type ConfigField = {
  key: string;
  label: string;
  hint?: string;
  placeholder?: string;
  numeric?: boolean;
  optional?: boolean;
};

const apiBaseUrl: ConfigField = {
  key: "apiBaseUrl",
  label: "API base URL",
  hint: "Leave empty for the provider's own.",
  placeholder: "https://…",
  optional: true,
};

/** The settings each kind of target has (the server's schema per kind decides what is valid). */
export const CONFIG_FIELDS: Record<TargetKind, ConfigField[]> = {
  RELEASES: [
    {
      key: "root",
      label: "Deploy root",
      hint: "The absolute directory that holds releases/ and the current symlink.",
      placeholder: "/srv/app",
    },
  ],
  VERCEL: [
    { key: "projectId", label: "Project id", placeholder: "prj_…" },
    { key: "teamId", label: "Team id", optional: true, placeholder: "team_…" },
    apiBaseUrl,
  ],
  RENDER: [{ key: "serviceId", label: "Service id", placeholder: "srv-…" }, apiBaseUrl],
  WEBHOOK: [
    { key: "url", label: "Rollback webhook URL", placeholder: "https://…" },
    {
      key: "deploymentsUrl",
      label: "Deployments list URL",
      optional: true,
      placeholder: "https://…",
      hint: "Where the recent deployments are read from.",
    },
  ],
  POSTGRES: [
    {
      key: "storageDir",
      label: "Backup directory",
      hint: "An absolute directory on the worker's machine.",
      placeholder: "/var/backups/opsdeck",
    },
    {
      key: "schedule",
      label: "Schedule (cron, UTC)",
      optional: true,
      placeholder: "0 3 * * *",
      hint: "Empty: on demand only.",
    },
    { key: "keepLast", label: "Keep the last", optional: true, numeric: true, hint: "Backups; empty: all." },
    { key: "keepDays", label: "Keep for days", optional: true, numeric: true, hint: "Empty: no age limit." },
  ],
  STRIPE: [apiBaseUrl],
};
