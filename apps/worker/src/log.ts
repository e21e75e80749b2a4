/** One JSON line per event, so that `npm start` output and container logs stay greppable. */
export function log(level: "info" | "warn" | "error", msg: string, fields: Record<string, unknown> = {}) {
  const line = JSON.stringify({ time: new Date().toISOString(), level, service: "worker", msg, ...fields });
  (level === "error" ? console.error : console.log)(line);
}
