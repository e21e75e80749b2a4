/** What a read server action returns: the data, or the message to show instead. */
export type ReadResult<T> = { ok: true; data: T } | { ok: false; message: string };

/** A read's data for a query function: a refusal becomes the query's error, with its message. */
export function unwrapRead<T>(result: ReadResult<T>): T {
  if (!result.ok) throw new Error(result.message);
  return result.data;
}
