/**
 * Reads a source file as UTF-8 text, refusing bytes that are not UTF-8 with the line they are on.
 *
 * Only a regular file is read: the file is opened without blocking (a FIFO opened for reading
 * would otherwise wait for a writer forever) and fstat of the open file must say "regular
 * file" before a byte is read, so a FIFO, socket or device named as a source is refused at
 * once, even one swapped in after the caller's own checks. Given `within` (the folder a build
 * was asked for), the source is read under the rule of contained-path.ts: with every link
 * resolved it must be a file inside that folder, with no second name.
 */
import { constants } from "node:fs";
import { fileKind } from "./file-kind.ts";
import { open } from "node:fs/promises";
import { relative, resolve } from "node:path";
import { ContentError } from "../errors.ts";
import { readContainedFile } from "./contained-path.ts";
import { refuseHiddenCharacters } from "./hidden-characters.ts";

const strict = new TextDecoder("utf-8", { fatal: true });

/** Sources larger than this are refused: no article is 64 MiB of text. */
const maxSourceBytes = 64 * 1024 * 1024;

export async function readSourceText(file: string, options: { within?: string } = {}): Promise<string> {
  if (options.within !== undefined) {
    const folder = resolve(options.within);
    const read = readContainedFile(folder, relative(folder, resolve(file)), { what: "source", name: relative(folder, resolve(file)) || file, maxBytes: maxSourceBytes, folderName: "the folder being built" });
    if (!read.ok) throw new ContentError(read.message, { code: "source-unreadable", location: { file } });
    return checked(decodeUtf8(read.bytes, file), file);
  }
  return checked(decodeUtf8(await readRegularFile(file), file), file);
}

/**
 * Lines end in LF from here on. CommonMark ends a line at CRLF or at a lone CR (a file saved by
 * an old Mac editor): markdown-it reads either, but the front matter and every line number the
 * build reports would see a file of CR-only lines as one line, its front matter as text.
 */
function checked(text: string, file: string): string {
  const lines = text.replace(/\r\n?/gu, "\n");
  refuseHiddenCharacters(lines, file);
  return lines;
}

async function readRegularFile(file: string): Promise<Buffer> {
  const refuse = (reason: string, cause?: unknown): ContentError => new ContentError(`cannot read: ${reason}`, { code: "source-unreadable", location: { file }, cause });
  let handle;
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a folder, not a file" : code === "ENXIO" ? "is a socket, not a file" : String((error as Error).message);
    throw refuse(reason, error);
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw refuse(`is ${fileKind(stats)}, not a file; refused without reading it`);
    if (stats.size > maxSourceBytes) throw refuse(`the file is larger than ${maxSourceBytes / (1024 * 1024)} MiB`);
    return await handle.readFile();
  } catch (error) {
    if (error instanceof ContentError) throw error;
    throw refuse(String((error as Error).message), error);
  } finally {
    await handle.close();
  }
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
