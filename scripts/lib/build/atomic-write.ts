/**
 * Publishing writes: a file is written beside its destination under a temporary name and
 * renamed into place only once complete, so a crash or a failed build never leaves a
 * half-written edition, and readers see either the old file or the new one.
 */
import { randomBytes } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { asOutputError } from "./output-error.ts";

/** How a temporary file of this module ends: an interrupted build's are removed by the next (leftovers.ts). */
export const temporarySuffix = ".tmp";

/** Writes `data` to `path` atomically. Returns false (and touches nothing) when the file already holds these bytes. */
export async function writeFileAtomic(path: string, data: Uint8Array | string): Promise<boolean> {
  const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const existing = await readFile(path).catch(() => undefined);
  if (existing && existing.equals(bytes)) return false;
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}${temporarySuffix}`);
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(temporary, bytes);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    // A full disk or a read-only folder: one line naming the file, not an internal error.
    throw asOutputError(error, path);
  }
  return true;
}
