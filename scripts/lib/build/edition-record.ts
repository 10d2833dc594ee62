/**
 * edition.json: what an article's published editions are. It records the source and output
 * hashes (so anyone can check a file is the one built), sizes, pages, notes, build time and
 * the verification result. It holds no wall-clock timestamp, so it is reproducible too.
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join, relative } from "node:path";

export interface OutputRecord {
  file: string;
  sha256: string;
  bytes: number;
}

export interface EditionRecord {
  slug: string;
  title: string;
  authors: string[];
  date?: string;
  updated?: string;
  edition?: string;
  description?: string;
  /** The source, relative to the project or to the folder given to the build (source-label.ts); never absolute. */
  source: string;
  sourceHash: string;
  /** Hash of everything the editions depend on; an unchanged value means nothing to rebuild. */
  inputsHash: string;
  outputs: Record<string, OutputRecord>;
  /**
   * Every other file of the published set but edition.json itself (verify.json, images), by
   * path in the article folder: with `outputs`, what up-to-date.ts checks before trusting the set.
   */
  files?: Record<string, Omit<OutputRecord, "file">>;
  pages?: number;
  notes: number;
  buildMilliseconds: Record<string, number>;
  verify: { status: "passed" | "failed" | "skipped"; mismatches: string[] };
}

export function sha256(data: Uint8Array | string): string {
  return createHash("sha256").update(data).digest("hex");
}

export function outputRecord(file: string, data: Uint8Array | string): OutputRecord {
  return { file, sha256: sha256(data), bytes: typeof data === "string" ? Buffer.byteLength(data) : data.byteLength };
}

export async function readEditionRecord(articleDir: string): Promise<EditionRecord | undefined> {
  try {
    return JSON.parse(await readFile(join(articleDir, "edition.json"), "utf8")) as EditionRecord;
  } catch {
    return undefined;
  }
}

export function displayPath(path: string, from: string = process.cwd()): string {
  const shown = relative(from, path);
  return shown.startsWith("..") ? path : shown;
}
