export const HELP = `opsdeck: operator commands for Opsdeck (run as \`npm run opsdeck -- <command>\`)

  user create --email E --role VIEWER|RESPONDER|ADMIN [--name N]
      Create a user. The password is read from stdin (first line), or prompted for on a terminal.
  user reset-password --email E
      Set a user's password, read the same way.
  user list
      List users with their role, status and last sign-in.
  token create --email E [--name N] [--expires-days D]
      Create an API token for a user and print it once.
  check list [--state DOWN|DEGRADED|UP|PAUSED|MAINTENANCE|UNKNOWN] [--q TEXT] [--order name|worst] [--json]
      List checks by service and name (or worst first), read a page at a time; --json prints one
      object per line. The counts of every check by state go to stderr.
  service list [--json]
      List services, most critical tier first.
  oncall [--at ISO-TIME] [--json]
      Who is on call now (or at --at) on each layer of every schedule, until when (in the
      schedule's zone); an override is marked. --json prints one object per line.
  help
      Show this text.

Changes are recorded in the audit log with the actor "cli".`;
