/** What a path names, in the words of a refusal: "a FIFO (named pipe)", "a folder"... */
import type { Stats } from "node:fs";

export function fileKind(stats: Stats): string {
  if (stats.isFile()) return "file";
  if (stats.isDirectory()) return "a folder";
  if (stats.isFIFO()) return "a FIFO (named pipe)";
  if (stats.isSocket()) return "a socket";
  if (stats.isCharacterDevice()) return "a character device";
  if (stats.isBlockDevice()) return "a block device";
  if (stats.isSymbolicLink()) return "a symbolic link";
  return "a special file";
}
