/**
 * The project's own import graph: every relative import of every TypeScript file under the
 * given folders, read with the TypeScript compiler's pre-processor (static, dynamic and
 * type-only imports, and re-exports, alike), as paths relative to the repository.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, posix, relative, sep } from "node:path";
import ts from "typescript";

/** Importing file → the files it imports, all as repository-relative paths with forward slashes. */
export type ImportGraph = Map<string, string[]>;

export function readImportGraph(root: string, folders: readonly string[]): ImportGraph {
  const graph: ImportGraph = new Map();
  for (const folder of folders) {
    for (const file of typeScriptFiles(join(root, folder))) {
      const path = toPosix(relative(root, file));
      graph.set(path, importsOf(path, readFileSync(file, "utf8")));
    }
  }
  return graph;
}

/** The relative imports of one file's text, resolved against its path; packages are left out. */
export function importsOf(path: string, text: string): string[] {
  const { importedFiles } = ts.preProcessFile(text, true, true);
  return importedFiles.map((imported) => imported.fileName).filter((name) => name.startsWith("./") || name.startsWith("../")).map((name) => posix.normalize(posix.join(posix.dirname(path), name)));
}

function typeScriptFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return typeScriptFiles(path);
    // Tests may reach anywhere to check a piece; the layering is about the shipped code.
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") && !entry.name.endsWith(".d.ts") ? [path] : [];
  });
}

const toPosix = (path: string): string => path.split(sep).join("/");
