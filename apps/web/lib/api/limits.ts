/** The largest request body the API reads: an HTTP check's own request body may take 1 MiB of it. */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;
