export const UTC = "UTC";

// Bounded: zone names arrive from cookies and forms, and any casing of a name is valid.
const MAX_CACHED = 1000;
const canonical = new Map<string, string | null>();

/** The zone's canonical name ("europe/berlin" → "Europe/Berlin"), or null when Intl does not know it. */
export function canonicalTimeZone(zone: string): string | null {
  let name = canonical.get(zone);
  if (name === undefined) {
    try {
      name = zone ? new Intl.DateTimeFormat("en-US", { timeZone: zone }).resolvedOptions().timeZone : null;
    } catch {
      name = null;
    }
    if (canonical.size >= MAX_CACHED) canonical.clear();
    canonical.set(zone, name);
  }
  return name;
}

export const isValidTimeZone = (zone: string): boolean => canonicalTimeZone(zone) !== null;

/** The zone to show times in: `zone` when it is a known IANA name (as given), otherwise UTC. */
export const resolveTimeZone = (zone: string | null | undefined): string =>
  zone && isValidTimeZone(zone) ? zone : UTC;

/** Every zone a user can choose, UTC first. */
export const selectableTimeZones = (): string[] => [
  UTC,
  ...Intl.supportedValuesOf("timeZone").filter((z) => z !== UTC),
];
