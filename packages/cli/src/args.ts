import { parseArgs } from "node:util";
import { UsageError } from "./errors.ts";

export type Command =
  | { name: "help" }
  | { name: "user create"; email: string; role: string; displayName?: string }
  | { name: "user reset-password"; email: string }
  | { name: "user list" }
  | { name: "token create"; email: string; tokenName?: string; expiresDays?: string }
  | { name: "check list"; state?: string; q?: string; order?: string; json: boolean }
  | { name: "service list"; json: boolean }
  | { name: "oncall"; at?: string; json: boolean };

type Spec = { options: Record<string, { type: "string" } | { type: "boolean" }>; required: string[] };
const str = { type: "string" } as const;
const flag = { type: "boolean" } as const;

const SPECS: Record<Exclude<Command["name"], "help">, Spec> = {
  "user create": { options: { email: str, role: str, name: str }, required: ["email", "role"] },
  "user reset-password": { options: { email: str }, required: ["email"] },
  "user list": { options: {}, required: [] },
  "token create": { options: { email: str, name: str, "expires-days": str }, required: ["email"] },
  "check list": { options: { state: str, q: str, order: str, json: flag }, required: [] },
  "service list": { options: { json: flag }, required: [] },
  oncall: { options: { at: str, json: flag }, required: [] },
};

const isCommandName = (s: string): s is keyof typeof SPECS => s in SPECS;

/** Turn `process.argv.slice(2)` into a command, or throw a UsageError that says what is wrong. */
export function parseCommand(argv: string[]): Command {
  if (argv.length === 0 || argv[0] === "help" || argv.includes("--help") || argv.includes("-h"))
    return { name: "help" };
  // Commands are one word ("oncall") or two ("user create").
  const name = isCommandName(argv[0] ?? "") ? (argv[0] as string) : argv.slice(0, 2).join(" ");
  if (!isCommandName(name)) throw new UsageError(`unknown command "${name}"`);
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv.slice(name.split(" ").length),
      options: SPECS[name].options,
      strict: true,
      allowPositionals: false,
    }) as {
      values: Record<string, string | boolean | undefined>;
    });
  } catch (e) {
    // node's messages run on with advice about `--`; the first sentence is the useful part.
    const message = e instanceof Error ? e.message : String(e);
    throw new UsageError(`${name}: ${message.split(/\.\s/)[0]?.replace(/\.$/, "")}`);
  }
  const missing = SPECS[name].required.filter((k) => !values[k]);
  if (missing.length) throw new UsageError(`${name}: missing ${missing.map((k) => `--${k}`).join(", ")}`);
  const v = (k: string) => String(values[k] ?? "");
  const opt = (k: string) => (typeof values[k] === "string" ? (values[k] as string) : undefined);
  switch (name) {
    case "user create":
      return { name, email: v("email"), role: v("role").toUpperCase(), displayName: opt("name") };
    case "user reset-password":
      return { name, email: v("email") };
    case "user list":
      return { name };
    case "token create":
      return { name, email: v("email"), tokenName: opt("name"), expiresDays: opt("expires-days") };
    case "check list":
      return { name, state: opt("state")?.toUpperCase(), q: opt("q"), order: opt("order"), json: values.json === true };
    case "service list":
      return { name, json: values.json === true };
    case "oncall":
      return { name, at: opt("at"), json: values.json === true };
  }
}
