/**
 * Whose `<out>/<slug>` is. A build replaces only what a build of the same source published
 * there: a link to one of the output's version folders (publish-version.ts), or a plain folder
 * an older build published, holding only the files its edition.json lists. Anything else
 * belongs to someone: a folder of the user's own files, a file, a link to elsewhere (replacing
 * it, or removing the old version it seemed to point at, would delete what it holds), or the
 * editions of another source that took the same slug in an earlier build. Such a slot is
 * refused with one line, before any layout, and again right before publishing.
 */
import { lstat, readdir, readlink } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { versionsDirName } from "./output-layout.ts";
import { displayPath, readEditionRecord, type EditionRecord } from "./edition-record.ts";

/** A link this build makes: `.versions/<one folder name>`, never a path that climbs out. */
const versionLink = new RegExp(`^${versionsDirName.replace(".", "\\.")}/(?!\\.\\.?$)[^/\\\\]+$`);

export function isVersionLink(target: string): boolean {
  return versionLink.test(target);
}

/**
 * Why this build may not publish `source` (its label, source-label.ts) as `<out>/<slug>`, or
 * undefined when the slot is free or holds that source's earlier editions.
 */
export async function outputSlotProblem(outDir: string, slug: string, source: string): Promise<string | undefined> {
  const entry = join(outDir, slug);
  const shown = displayPath(entry);
  const info = await lstat(entry).catch(() => undefined);
  if (!info) return undefined;
  let record: EditionRecord | undefined;
  if (info.isSymbolicLink()) {
    const target = await readlink(entry);
    if (!isVersionLink(target)) return `${shown} is a link to ${target}, which no build made: move it away, or build into another --out`;
    record = await readEditionRecord(join(outDir, target));
  } else if (info.isDirectory()) {
    record = await readEditionRecord(entry);
    const strays = await filesNotPublished(entry, record);
    if (strays.length) return `${shown} holds files no build published (${strays.slice(0, 3).join(", ")}${strays.length > 3 ? ", …" : ""}): move them away, or build into another --out`;
  } else {
    return `${shown} is a file, not editions a build published: move it away, or build into another --out`;
  }
  if (record && !sameSource(record.source, source)) {
    return `${shown} holds the editions of ${record.source}, which has the same slug "${slug}": set a different \`slug:\`, or remove ${shown} to publish this source there`;
  }
  return undefined;
}

/**
 * The files of a plain article folder that its edition.json (`record`) does not list (all of
 * them when it has none), by path inside the folder.
 */
async function filesNotPublished(folder: string, record: EditionRecord | undefined): Promise<string[]> {
  const listed = new Set(["edition.json", ...Object.values(record?.outputs ?? {}).map((output) => output.file), ...Object.keys(record?.files ?? {})]);
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => !entry.isDirectory())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join("/"))
    .filter((path) => !record || !listed.has(path))
    .sort();
}

/**
 * Whether two source labels name the same source. A label outside the project depends on what
 * the build was given (the file, or a folder above it), so those are compared by file name, or
 * by the book's folder and book.yml.
 */
export function sameSource(a: string, b: string): boolean {
  const tail = (label: string): string => {
    const parts = label.split("/");
    return parts.slice(parts.at(-1) === "book.yml" ? -2 : -1).join("/");
  };
  return a === b || tail(a) === tail(b);
}
