import type { Incoming, Reply } from "./contract-server.ts";
import { type MessageReceiver, parseObject, startReceiver } from "./receiver.ts";

/** A message an incoming webhook accepted: its fallback text and blocks. */
export interface SlackMessage {
  path: string;
  text: string;
  blocks: Record<string, unknown>[];
}

const refuse = (status: number, error: string): Reply => ({ status, text: error });

/**
 * Local stand-in for a Slack incoming webhook (`POST /services/…`): answers `ok`, or Slack's plain
 * text errors: `invalid_payload` (not JSON), `no_text` (neither text nor blocks), `invalid_blocks`
 * (a header over 150 characters, a section over 3000, a block without a type), 404
 * `no_service` for other paths.
 */
export async function startSlackServer(o: { port?: number } = {}): Promise<MessageReceiver<SlackMessage>> {
  return startReceiver<SlackMessage>({
    port: o.port,
    failure: (status) => refuse(status, status === 429 ? "rate_limited" : "internal_error"),
    accept: (req: Incoming) => {
      if (req.method !== "POST" || !req.path.startsWith("/services/")) return { reply: refuse(404, "no_service") };
      const body = parseObject(req.body);
      if (!body) return { reply: refuse(400, "invalid_payload") };
      const blocks = Array.isArray(body.blocks) ? (body.blocks as Record<string, unknown>[]) : [];
      if (typeof body.text !== "string" && blocks.length === 0) return { reply: refuse(400, "no_text") };
      if (!blocks.every(validBlock)) return { reply: refuse(400, "invalid_blocks") };
      return { reply: { status: 200, text: "ok" }, message: { path: req.path, text: String(body.text ?? ""), blocks } };
    },
  });
}

function validBlock(b: Record<string, unknown>): boolean {
  const text = (b.text as { text?: unknown } | undefined)?.text;
  if (typeof b.type !== "string") return false;
  if (b.type === "header") return typeof text === "string" && text.length <= 150;
  if (b.type === "section") return text === undefined || (typeof text === "string" && text.length <= 3000);
  return true;
}
