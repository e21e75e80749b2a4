import type { Io } from "./io.ts";

/** An Io that records output and answers password reads from a list. */
export function fakeIo(passwords: string[] = []) {
  const out: string[] = [];
  const err: string[] = [];
  const prompts: string[] = [];
  const io: Io = {
    out: (l) => void out.push(l),
    err: (l) => void err.push(l),
    readPassword: async (prompt) => {
      prompts.push(prompt);
      return passwords.shift() ?? "";
    },
  };
  return { io, out, err, prompts };
}
