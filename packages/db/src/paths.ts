import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root (holds prisma/ and scripts/). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

export function dataDir(): string {
  return path.resolve(repoRoot, process.env.OPSDECK_DATA_DIR ?? ".data");
}
