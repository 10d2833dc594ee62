/**
 * Decides whether an article's published editions already match all of its inputs. Nothing is
 * taken on trust: the set must be a version folder published whole (publish-version.ts), and
 * every file its edition.json lists must be there with the recorded size and hash. A file
 * edited, damaged or left from another set is rebuilt.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { readEditionRecord, sha256 } from "./edition-record.ts";
import { currentVersion } from "./publish-version.ts";

export async function isUpToDate(outDir: string, slug: string, inputsHash: string): Promise<boolean> {
  const version = await currentVersion(outDir, slug);
  if (!version?.linked) return false;
  const record = await readEditionRecord(version.path);
  if (!record || record.slug !== slug || record.inputsHash !== inputsHash || record.verify.status !== "passed" || !record.files) return false;
  const listed = [...Object.values(record.outputs), ...Object.entries(record.files).map(([file, output]) => ({ ...output, file }))];
  for (const output of listed) {
    const bytes = await readFile(join(version.path, output.file)).catch(() => undefined);
    if (!bytes || bytes.byteLength !== output.bytes || sha256(bytes) !== output.sha256) return false;
  }
  return true;
}
