/** What a read server action returns: the data, or the message to show instead. */
export type ReadResult<T> = { ok: true; data: T } | { ok: false; message: string };
