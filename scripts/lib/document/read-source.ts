/** Reads a source file as UTF-8 text, refusing bytes that are not UTF-8 with the line they are on. */
import { readFile } from "node:fs/promises";
import { ContentError } from "../errors.ts";

const strict = new TextDecoder("utf-8", { fatal: true });

export async function readSourceText(file: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a folder, not a file" : String((error as Error).message);
    throw new ContentError(`cannot read: ${reason}`, { code: "source-unreadable", location: { file }, cause: error });
  }
  return decodeUtf8(bytes, file);
}

export function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return strict.decode(bytes).replace(/^\uFEFF/, "");
  } catch (error) {
    throw new ContentError("the file is not valid UTF-8 text (save it as UTF-8)", {
      code: "source-not-utf8",
      location: { file, line: firstBadLine(bytes) },
      cause: error,
    });
  }
}

function firstBadLine(bytes: Uint8Array): number {
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 0x0a) continue;
    try {
      strict.decode(bytes.subarray(start, i));
    } catch {
      return line;
    }
    line++;
    start = i + 1;
  }
  return line;
}
