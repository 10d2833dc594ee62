/** Decides whether an article's published editions already match all of its inputs. */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { readEditionRecord, sha256 } from "./edition-record.ts";

export async function isUpToDate(articleDir: string, inputsHash: string): Promise<boolean> {
  const record = await readEditionRecord(articleDir);
  if (!record || record.inputsHash !== inputsHash || record.verify.status !== "passed") return false;
  for (const output of Object.values(record.outputs)) {
    const bytes = await readFile(join(articleDir, output.file)).catch(() => undefined);
    // A file edited or damaged after publishing is rebuilt, not trusted.
    if (!bytes || bytes.byteLength !== output.bytes || sha256(bytes) !== output.sha256) return false;
  }
  return true;
}
