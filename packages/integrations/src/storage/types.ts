import type { Readable } from "node:stream";

/** Where an object stored under a key can be read by a program that wants a file (pg_restore). */
export interface LocalCopy {
  path: string;
  /** Removes any temporary copy made for this use; the stored object stays. */
  release(): Promise<void>;
}

export interface StoredObject {
  key: string;
  bytes: number;
  modifiedAt: Date;
}

/**
 * Where backup files live. Keys are relative, slash-separated paths ("app/2026-11-22T10-00-00Z.dump")
 * whose segments use letters, digits, ".", "_" and "-" and do not start with "."; the same key rules
 * fit an S3 bucket prefix, so an S3-compatible storage can implement this interface unchanged.
 */
export interface BackupStorage {
  /** Shown in logs ("local directory /var/backups/opsdeck", "s3://bucket/prefix"). */
  readonly description: string;
  /**
   * Stores everything `source` yields under `key`. The object appears under its key only once the
   * source has ended and every byte is durable; if the source throws, or `signal` aborts, nothing
   * is left behind. Replaces an existing object with the same key.
   */
  write(key: string, source: AsyncIterable<Uint8Array>, opts?: { signal?: AbortSignal }): Promise<{ bytes: number }>;
  openRead(key: string): Promise<Readable>;
  /** A file path holding the object, for programs that need one; call release() when done. */
  localCopy(key: string, opts?: { signal?: AbortSignal }): Promise<LocalCopy>;
  /** Null when there is no object under `key`. */
  stat(key: string): Promise<StoredObject | null>;
  /** Removing a missing key is not an error. */
  delete(key: string): Promise<void>;
  /** Keys under `prefix` (all keys without one), sorted. */
  list(prefix?: string): Promise<string[]>;
}

/** A key that could escape the storage's root or clash with temporary files. */
export class InvalidKeyError extends Error {
  constructor(key: string) {
    super(
      `invalid storage key ${JSON.stringify(key)}: use slash-separated segments of letters, digits, ".", "_", "-", not starting with "."`,
    );
    this.name = "InvalidKeyError";
  }
}

const SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

export function assertValidKey(key: string): void {
  if (key.length === 0 || key.length > 1024 || !key.split("/").every((s) => SEGMENT.test(s))) {
    throw new InvalidKeyError(key);
  }
}
