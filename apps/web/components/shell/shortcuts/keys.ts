/** The keyboard shortcuts: `keys` as typed, one after another ("g o": g, then o). */
export type Shortcut = { keys: string[]; what: string; href?: string; press?: string; declare?: boolean };

export const SHORTCUTS: Shortcut[] = [
  { keys: ["g", "o"], what: "Go to the Overview", href: "/" },
  { keys: ["g", "i"], what: "Go to Incidents", href: "/incidents" },
  { keys: ["g", "a"], what: "Go to Actions", href: "/actions" },
  { keys: ["d"], what: "Declare an incident", href: "/incidents/new", declare: true },
  { keys: ["a"], what: "Acknowledge the incident on screen", press: "a" },
  { keys: ["?"], what: "Show these shortcuts" },
];

/** Typing into a field, or a key held with a modifier, is never a shortcut. */
export function isTyping(e: KeyboardEvent): boolean {
  if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return true;
  const t = e.target as HTMLElement | null;
  if (!t || typeof t.closest !== "function") return false;
  return Boolean(t.closest("input, textarea, select, [contenteditable=''], [contenteditable='true'], dialog[open]"));
}

/** The shortcut that `typed` (keys so far) completes, "pending" while it may still become one, or null. */
export function match(typed: string[], canDeclare: boolean): Shortcut | "pending" | null {
  const options = SHORTCUTS.filter((s) => canDeclare || !s.declare);
  const done = options.find((s) => s.keys.join(" ") === typed.join(" "));
  if (done) return done;
  const prefix = options.some(
    (s) => s.keys.length > typed.length && s.keys.slice(0, typed.length).join(" ") === typed.join(" "),
  );
  return prefix ? "pending" : null;
}
