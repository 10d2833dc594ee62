/**
 * Vetted copies of an article's input files: what the editions publish once a file has passed
 * its checks (contained, decoded, sanitised). The copies live in a private temporary folder of
 * this process (mode 0700, made by mkdtemp), named by the sha256 of their bytes, and are
 * removed when the process exits. Reading them instead of the files as written means that
 * nothing changed, swapped or linked after the check can reach a published edition, and that
 * an SVG is published only as sanitised.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

let folder: string | undefined;

/** Stores `bytes` (content-addressed) and returns the copy's path and the bytes' sha256 in hex. */
export function storeVetted(bytes: Uint8Array, extension: string): { path: string; hash: string } {
  const hash = createHash("sha256").update(bytes).digest("hex");
  const path = join(vettedFolder(), `${hash}${extension}`);
  try {
    writeFileSync(path, bytes, { mode: 0o600, flag: "wx" });
  } catch (error) {
    // The same bytes stored before: the name is their hash.
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  return { path, hash };
}

function vettedFolder(): string {
  if (folder && existsSync(folder)) return folder;
  if (!folder) process.once("exit", removeVetted);
  folder = mkdtempSync(join(tmpdir(), "footnote-press-vetted-"));
  return folder;
}

function removeVetted(): void {
  if (folder) rmSync(folder, { recursive: true, force: true });
}
