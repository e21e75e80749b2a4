import type { ReadResult } from "@/lib/read-result";

/** GET one of our JSON endpoints from the browser; a failure throws the API's own message. */
export async function fetchJson<T>(url: string): Promise<T> {
  const res = await fetch(url, { headers: { accept: "application/json" }, cache: "no-store" });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new Error(body?.error?.message ?? `HTTP ${res.status}`);
  }
  return (await res.json()) as T;
}

/** The same GET for a panel that shows a failure in place: the data, or the API's message. */
export async function fetchResult<T>(url: string): Promise<ReadResult<T>> {
  try {
    return { ok: true, data: await fetchJson<T>(url) };
  } catch (err) {
    return { ok: false, message: (err as Error).message };
  }
}
