/**
 * How published files name an article's source: never by an absolute path, which would tell
 * where the build ran (a user's home folder, a host's layout). A source inside the project is
 * named from the project's root (`content/article.md`); any other from the folder the build
 * was given (`chapter/one.md`), or by its file name when the file itself was given. A book
 * outside the project is named with its folder (`harbour/book.yml`), whether the folder or its
 * book.yml was given: every book's source is a book.yml, and `npm run verify` finds it again
 * from the record only by its folder, beside the output's folder or under the working one.
 */
import { basename, dirname, isAbsolute, relative, resolve, sep } from "node:path";
import { projectRoot } from "../project-paths.ts";

export function sourceLabel(sourcePath: string, inputs: readonly string[], root: string = projectRoot): string {
  const source = resolve(sourcePath);
  const within = (folder: string): string | undefined => {
    const path = relative(resolve(folder), source);
    return path && !path.startsWith("..") && !isAbsolute(path) ? path.split(sep).join("/") : undefined;
  };
  const inProject = within(root);
  if (inProject) return inProject;
  if (basename(source) === "book.yml") return `${basename(dirname(source))}/book.yml`;
  return inputs.map(within).find((path) => path !== undefined) ?? basename(source);
}
