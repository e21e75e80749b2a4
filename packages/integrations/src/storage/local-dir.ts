import { randomBytes } from "node:crypto";
import { createReadStream, createWriteStream, type Dirent } from "node:fs";
import { mkdir, open, readdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { assertValidKey, type BackupStorage, type LocalCopy, type StoredObject } from "./types.ts";

/** Temporary files start with "." (keys never do), so list() and stat() cannot see a partial write. */
const PARTIAL_PREFIX = ".partial-";

/**
 * Backup files in a directory on this machine. Writes go to a hidden temporary file beside the
 * final one, are fsynced, then renamed into place: a rename within a directory is atomic.
 */
export function localDirStorage(root: string): BackupStorage {
  const base = path.resolve(root);
  const fileOf = (key: string) => {
    assertValidKey(key);
    return path.join(base, ...key.split("/"));
  };

  return {
    description: `local directory ${base}`,

    async write(key, source, opts = {}) {
      const file = fileOf(key);
      await mkdir(path.dirname(file), { recursive: true });
      const temp = path.join(
        path.dirname(file),
        `${PARTIAL_PREFIX}${path.basename(file)}-${randomBytes(6).toString("hex")}`,
      );
      let bytes = 0;
      try {
        const out = createWriteStream(temp, { flags: "wx" });
        await pipeline(
          source,
          async function* (chunks: AsyncIterable<Uint8Array>) {
            for await (const chunk of chunks) {
              bytes += chunk.byteLength;
              yield chunk;
            }
          },
          out,
          { signal: opts.signal },
        );
        const handle = await open(temp, "r");
        try {
          await handle.sync();
        } finally {
          await handle.close();
        }
        await rename(temp, file);
        await syncDir(path.dirname(file));
      } catch (err) {
        await rm(temp, { force: true });
        throw err;
      }
      return { bytes };
    },

    async openRead(key): Promise<Readable> {
      const file = fileOf(key);
      await stat(file);
      return createReadStream(file);
    },

    async localCopy(key): Promise<LocalCopy> {
      const file = fileOf(key);
      await stat(file);
      return { path: file, release: async () => {} };
    },

    async stat(key): Promise<StoredObject | null> {
      try {
        const s = await stat(fileOf(key));
        return s.isFile() ? { key, bytes: s.size, modifiedAt: s.mtime } : null;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw err;
      }
    },

    async delete(key) {
      await rm(fileOf(key), { force: true });
    },

    async list(prefix = "") {
      const keys: string[] = [];
      await walk(base, "", keys);
      return keys.filter((k) => k.startsWith(prefix)).sort();
    },
  };
}

async function walk(dir: string, rel: string, out: string[]): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return;
    throw err;
  }
  for (const e of entries) {
    if (e.name.startsWith(".")) continue;
    const key = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) await walk(path.join(dir, e.name), key, out);
    else if (e.isFile()) out.push(key);
  }
}

/** Makes the rename itself durable; some filesystems refuse to open a directory, which is harmless. */
async function syncDir(dir: string): Promise<void> {
  try {
    const handle = await open(dir, "r");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // best effort
  }
}
