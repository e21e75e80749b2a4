/** What a read server action returns: the data, or the message to show instead. */
export type ReadResult<T> = { ok: true; data: T } | { ok: false; message: string };

/** For a query function: the data, or an error carrying the server's message. */
export async function unwrap<T>(result: Promise<ReadResult<T>>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(r.message);
  return r.data;
}
