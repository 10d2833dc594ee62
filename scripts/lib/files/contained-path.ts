/**
 * Reading an input file of an article without reading anything from outside the article's
 * folder: images today, and any other file an article names (fonts, stylesheets,
 * bibliographies) through the same function.
 *
 * The rule, checked on the file as the system resolves it, not on the path as written:
 *
 * 1. The path as written must be relative and stay inside the folder (`../x`, `/etc/x` are
 *    refused before anything is looked at).
 * 2. Every symbolic link is followed (fs.realpath) and the real path must lie inside the real
 *    path of the folder. A symlinked file or a symlinked folder leading out of it is refused
 *    ("resolves outside the article's folder"); links that stay inside are fine. The folder
 *    itself may be reached through links (/tmp → /private/tmp).
 * 3. Only a regular file is read. A folder, FIFO, socket or device is refused from its lstat,
 *    never opened (opening a FIFO waits for a writer forever).
 * 4. A regular file with more than one hard link is refused. A hard link is a second name of
 *    the same file, and no path tells whether the other name lies outside the folder
 *    (`ln /etc/passwd art/leak.png` makes a file inside the folder by every path check), so
 *    any file whose link count is above one is refused; copy it instead of linking it.
 * 5. Between the check and the read nothing may be swapped: the file is opened without
 *    following a link in its last component and without blocking, fstat of the open file
 *    must show the same device and inode as the checked one and still a regular file with
 *    one link, and afterwards the path is resolved again and must still lead, inside the
 *    folder, to that same device and inode. The bytes returned are read from that open file.
 *
 * Nothing here throws for a bad input: the caller gets the reason and a message to show with
 * the file and line of the reference.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync, type Stats } from "node:fs";
import { fileKind } from "./file-kind.ts";
import { isAbsolute, relative, resolve, sep } from "node:path";

export type RefusalReason = "absolute" | "outside" | "resolves-outside" | "missing" | "not-a-file" | "hard-linked" | "too-large" | "unreadable" | "changed";

export interface ContainedFile {
  ok: true;
  /** The file's real path (every link resolved), inside the folder's real path. */
  realPath: string;
  bytes: Buffer;
  /** fstat of the file as it was read. */
  stats: Stats;
}

export interface Refusal {
  ok: false;
  reason: RefusalReason;
  /** `image "x.png" resolves outside the article's folder`: what to show, with the file and line of the reference. */
  message: string;
}

export interface ContainedReadOptions {
  /** What the file is, for messages: `image`, `font`, `bibliography`. */
  what: string;
  /** The name as the article wrote it, for messages (defaults to the relative path). */
  name?: string;
  /** Larger files are refused (default 64 MiB). */
  maxBytes?: number;
  /** The folder as messages name it (default "the article's folder"). */
  folderName?: string;
}

const defaultMaxBytes = 64 * 1024 * 1024;

/** The real path of `relativePath` under `folder` if the rule above allows it, or why not, without opening anything. */
export function resolveContained(folder: string, relativePath: string, options: ContainedReadOptions): { ok: true; realPath: string; realFolder: string; stats: Stats } | Refusal {
  const label = `${options.what} "${options.name ?? relativePath}"`;
  const refuse = (reason: RefusalReason, message: string): Refusal => ({ ok: false, reason, message: `${label} ${message}` });
  if (relativePath === "" || relativePath.includes("\0")) return refuse("missing", "is not a valid path");
  if (isAbsolute(relativePath)) return refuse("absolute", `is an absolute path; it must be a file inside ${options.folderName ?? "the article's folder"}`);
  const written = resolve(folder, relativePath);
  if (written === resolve(folder)) return refuse("not-a-file", `is ${options.folderName ?? "the article's folder"}, not a file`);
  if (!isInside(resolve(folder), written)) return refuse("outside", `is outside ${options.folderName ?? "the article's folder"}; it must be inside it`);

  let realFolder: string;
  try {
    realFolder = realpathSync.native(folder);
  } catch (error) {
    return refuse("unreadable", `cannot be read: ${options.folderName ?? "the article's folder"} cannot be resolved (${errorCode(error)})`);
  }
  let realPath: string;
  try {
    realPath = realpathSync.native(written);
  } catch (error) {
    const code = errorCode(error);
    if (code === "ENOENT" || code === "ENOTDIR") {
      // A dangling link is refused as "does not exist" unless it leads out: say so then.
      return refuse("missing", `does not exist (looked for ${written})`);
    }
    if (code === "ELOOP") return refuse("resolves-outside", "is a loop of symbolic links");
    return refuse("unreadable", `cannot be read (${code})`);
  }
  if (!isInside(realFolder, realPath)) {
    return refuse("resolves-outside", `resolves outside ${options.folderName ?? "the article's folder"} (a symbolic link leads out of it); copy the file into the folder instead of linking it`);
  }
  let stats: Stats;
  try {
    stats = lstatSync(realPath);
  } catch (error) {
    return refuse("unreadable", `cannot be read (${errorCode(error)})`);
  }
  const kind = fileKind(stats);
  if (kind !== "file") return refuse("not-a-file", `is ${kind}, not a file; refused without opening it`);
  if (stats.nlink > 1) return refuse("hard-linked", hardLinkMessage(stats.nlink));
  const maxBytes = options.maxBytes ?? defaultMaxBytes;
  if (stats.size > maxBytes) return refuse("too-large", `is ${megabytes(stats.size)}, more than the ${megabytes(maxBytes)} an input file may have`);
  return { ok: true, realPath, realFolder, stats };
}

/** Reads `relativePath` under `folder` if the rule above allows it (see the module's comment). */
export function readContainedFile(folder: string, relativePath: string, options: ContainedReadOptions): ContainedFile | Refusal {
  const checked = resolveContained(folder, relativePath, options);
  if (!checked.ok) return checked;
  const label = `${options.what} "${options.name ?? relativePath}"`;
  const changed = (): Refusal => ({ ok: false, reason: "changed", message: `${label} changed while it was read; build again` });
  const maxBytes = options.maxBytes ?? defaultMaxBytes;

  let fd: number;
  try {
    // O_NONBLOCK: a FIFO swapped in after the lstat cannot make the open wait. O_NOFOLLOW: nor can a link.
    fd = openSync(checked.realPath, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK | constants.O_NOCTTY);
  } catch (error) {
    const code = errorCode(error);
    if (code === "ELOOP" || code === "ENOENT" || code === "ENXIO") return changed();
    return { ok: false, reason: "unreadable", message: `${label} cannot be read (${code})` };
  }
  try {
    const stats = fstatSync(fd);
    if (!sameFile(stats, checked.stats) || !stats.isFile()) return changed();
    if (stats.nlink > 1) return { ok: false, reason: "hard-linked", message: `${label} ${hardLinkMessage(stats.nlink)}` };
    const bytes = readAll(fd, maxBytes);
    if (bytes === undefined) return { ok: false, reason: "too-large", message: `${label} is more than the ${megabytes(maxBytes)} an input file may have` };
    // The open file must still be the one a contained path leads to (no folder swapped for a link meanwhile).
    const again = resolveContained(checked.realFolder, relative(checked.realFolder, checked.realPath), options);
    if (!again.ok || again.realPath !== checked.realPath || !sameFile(again.stats, stats)) return again.ok ? changed() : again;
    return { ok: true, realPath: checked.realPath, bytes, stats };
  } catch (error) {
    return { ok: false, reason: "unreadable", message: `${label} cannot be read (${errorCode(error)})` };
  } finally {
    closeSync(fd);
  }
}

/** True when `path` is `folder` itself or below it (both absolute, normalised). */
export function isInside(folder: string, path: string): boolean {
  if (path === folder) return false;
  const rel = relative(folder, path);
  return rel !== "" && rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

function sameFile(a: Stats, b: Stats): boolean {
  return a.dev === b.dev && a.ino === b.ino;
}

function readAll(fd: number, maxBytes: number): Buffer | undefined {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(1 << 20, maxBytes + 1 - total));
    const read = readSync(fd, chunk, 0, chunk.length, null);
    if (read === 0) break;
    chunks.push(chunk.subarray(0, read));
    total += read;
    if (total > maxBytes) return undefined;
  }
  return Buffer.concat(chunks, total);
}

function hardLinkMessage(links: number): string {
  return `has ${links} hard links: a hard-linked file may be a file from outside the article's folder, which no path can tell; copy it instead of linking it`;
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? String((error as Error).message);
}
