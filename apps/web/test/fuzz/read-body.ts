/**
 * A response's text; for an event stream (which never ends), what arrived up to its first "hello"
 * event (or `timeoutMs`), after which the stream is cancelled.
 */
export async function readBody(res: Response, timeoutMs = 5_000): Promise<string> {
  if (!res.headers.get("content-type")?.startsWith("text/event-stream") || !res.body) return res.text();
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let text = "";
  const timer = setTimeout(() => void reader.cancel(), timeoutMs);
  try {
    while (!/event: hello\ndata: .*\n\n/.test(text)) {
      const { done, value } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
  } finally {
    clearTimeout(timer);
    await reader.cancel().catch(() => {});
  }
  return text;
}
