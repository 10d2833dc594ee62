/**
 * Publishing writes: a file is written beside its destination under a temporary name and
 * renamed into place only once complete, so a crash or a failed build never leaves a
 * half-written edition, and readers see either the old file or the new one.
 */
import { randomBytes } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/** Writes `data` to `path` atomically. Returns false (and touches nothing) when the file already holds these bytes. */
export async function writeFileAtomic(path: string, data: Uint8Array | string): Promise<boolean> {
  const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const existing = await readFile(path).catch(() => undefined);
  if (existing && existing.equals(bytes)) return false;
  await mkdir(dirname(path), { recursive: true });
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await writeFile(temporary, bytes);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  return true;
}
