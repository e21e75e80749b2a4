import { createInterface } from "node:readline";
import { UsageError } from "./errors.ts";

/** What commands may touch of the terminal, so tests can pass their own. */
export type Io = {
  out(line: string): void;
  err(line: string): void;
  /** A TTY prompts without echo (twice when `confirm`); a pipe gives its first line. */
  readPassword(prompt: string, opts?: { confirm?: boolean }): Promise<string>;
};

async function firstLine(input: NodeJS.ReadableStream): Promise<string> {
  const rl = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  try {
    for await (const line of rl) return line;
    return "";
  } finally {
    rl.close();
  }
}

function promptHidden(prompt: string): Promise<string> {
  const { stdin, stderr } = process;
  stderr.write(prompt);
  stdin.setRawMode(true);
  stdin.setEncoding("utf8");
  stdin.resume();
  return new Promise((resolve, reject) => {
    let value = "";
    const finish = (err?: Error) => {
      stdin.off("data", onData);
      stdin.setRawMode(false);
      stdin.pause();
      stderr.write("\n");
      if (err) reject(err);
      else resolve(value);
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === "\r" || ch === "\n" || ch === "\u0004") return finish();
        if (ch === "\u0003") return finish(new UsageError("cancelled"));
        if (ch === "\u007f" || ch === "\b") value = value.slice(0, -1);
        else if (ch >= " ") value += ch;
      }
    };
    stdin.on("data", onData);
  });
}

export const processIo: Io = {
  out: (line) => void process.stdout.write(`${line}\n`),
  err: (line) => void process.stderr.write(`${line}\n`),
  async readPassword(prompt, { confirm = false } = {}) {
    if (!process.stdin.isTTY) return firstLine(process.stdin);
    const password = await promptHidden(prompt);
    if (confirm && (await promptHidden("Repeat the password: ")) !== password)
      throw new UsageError("the passwords do not match");
    return password;
  },
};
