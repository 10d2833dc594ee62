/**
 * What the file system says when the output cannot be written, in one plain line naming the
 * path: a full disk, a read-only file system, no permission, an output path that is a file.
 * Such a problem is the same for every article, so it stops the build (see build-graph.ts)
 * instead of failing each article with the same line.
 */
import { PublishError } from "../errors.ts";
import { displayPath } from "./edition-record.ts";

export class OutputError extends PublishError {}

const explanations: Record<string, string> = {
  ENOSPC: "the disk is full",
  EDQUOT: "the disk quota is used up",
  EROFS: "the file system is read-only",
  EACCES: "no permission to write there",
  EPERM: "no permission to write there",
  ENOTDIR: "a file stands where a folder is needed",
  EEXIST: "a file stands where a folder is needed",
  ENAMETOOLONG: "a file name is too long for the file system",
  EMLINK: "too many links in one folder",
  EIO: "the disk reported an input/output error",
};

/** The error as an OutputError naming `path`, when it is one of the file system's refusals above; otherwise unchanged. */
export function asOutputError(error: unknown, path: string): unknown {
  if (error instanceof PublishError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const explanation = code === undefined ? undefined : explanations[code];
  if (!explanation) return error;
  return new OutputError(`${displayPath(path)}: cannot write the output: ${explanation} (${code})`, { code: `output-${code!.toLowerCase()}`, cause: error });
}

/** Runs `work`, turning the file system's refusals into an OutputError naming `path`. */
export async function writingTo<T>(path: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw asOutputError(error, path);
  }
}
