import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { pipeline } from "node:stream/promises";
import type { BackupRecord } from "./record.ts";

/** The archive is not the one the backup wrote (changed, truncated or unreadable). */
export class BackupCorruptError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BackupCorruptError";
  }
}

/** Size and sha256 of the file against the backup's record, read in one streaming pass. */
export async function checkArchive(file: string, backup: BackupRecord, signal: AbortSignal): Promise<void> {
  const hash = createHash("sha256");
  let bytes = 0;
  await pipeline(
    createReadStream(file),
    async (chunks: AsyncIterable<Buffer>) => {
      for await (const chunk of chunks) {
        bytes += chunk.byteLength;
        hash.update(chunk);
      }
    },
    { signal },
  );
  if (bytes !== backup.bytes) {
    throw new BackupCorruptError(`backup ${backup.key} is ${bytes} bytes, but ${backup.bytes} were written`);
  }
  const sha256 = hash.digest("hex");
  if (sha256 !== backup.sha256) {
    throw new BackupCorruptError(
      `backup ${backup.key} has sha256 ${sha256}, but ${backup.sha256} was written: the file changed`,
    );
  }
}
