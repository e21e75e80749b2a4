/** One server-sent event: `id` only where a reconnect may resume, data as one JSON line. */
export function sseFrame(event: string, data: unknown, id?: number): string {
  return `${id === undefined ? "" : `id: ${id}\n`}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

/** A server-sent event as read back: `id` only when the event carried one, `data` parsed from JSON. */
export type ParsedSse = { id?: number; event: string; data: Record<string, unknown> };

/**
 * The complete events in `buffer` (a stream read so far), and the unfinished rest to prepend to the
 * next chunk. Comment lines and events without data (such as `retry:`) are skipped.
 */
export function parseSse(buffer: string): { frames: ParsedSse[]; rest: string } {
  const blocks = buffer.split("\n\n");
  const rest = blocks.pop() ?? "";
  const frames: ParsedSse[] = [];
  for (const block of blocks) {
    const f: ParsedSse = { event: "message", data: {} };
    let data = "";
    for (const line of block.split("\n")) {
      if (line.startsWith(":")) continue;
      const i = line.indexOf(":");
      const [k, v] = i < 0 ? [line, ""] : [line.slice(0, i), line.slice(i + 1).trimStart()];
      if (k === "id") f.id = Number(v);
      if (k === "event") f.event = v;
      if (k === "data") data += v;
    }
    if (!data) continue;
    f.data = JSON.parse(data) as Record<string, unknown>;
    frames.push(f);
  }
  return { frames, rest };
}
