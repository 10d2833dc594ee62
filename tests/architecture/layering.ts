/**
 * Checks an import graph against the architecture: no import cycles; every file in a declared
 * layer, and no import from a lower layer to a higher one; an edition's files reached from
 * outside it only through its entry point; the command files imported by nothing.
 */
import type { ImportGraph } from "./import-graph.ts";

export interface Layer {
  name: string;
  /** Folders (ending in "/"), the files directly in a folder (ending in "/*.ts"), or files; a file belongs to the longest path that holds it. */
  paths: readonly string[];
}

export interface Edition {
  name: string;
  paths: readonly string[];
  /** The one module anything outside the edition may import. */
  entry: string;
}

export interface Architecture {
  /** Lowest first: a file may import its own layer and those below it. */
  layers: readonly Layer[];
  editions: readonly Edition[];
  /** Files nothing may import (the commands). */
  commands: (path: string) => boolean;
}

function holds(prefix: string, path: string): boolean {
  if (prefix.endsWith("/*.ts")) {
    const folder = prefix.slice(0, -"*.ts".length);
    return path.startsWith(folder) && !path.slice(folder.length).includes("/") && path.endsWith(".ts");
  }
  return prefix.endsWith("/") ? path.startsWith(prefix) : path === prefix;
}

/** The entry of `entries` whose path holds `path` most closely. */
function ownerOf<T extends { paths: readonly string[] }>(entries: readonly T[], path: string): T | undefined {
  let best: { entry: T; length: number } | undefined;
  for (const entry of entries) {
    for (const prefix of entry.paths) {
      if (holds(prefix, path) && prefix.length > (best?.length ?? -1)) best = { entry, length: prefix.length };
    }
  }
  return best?.entry;
}

/** Every import cycle, each as the files on it (Tarjan's strongly connected components). */
export function importCycles(graph: ImportGraph): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (file: string): void => {
    index.set(file, next);
    low.set(file, next++);
    stack.push(file);
    onStack.add(file);
    for (const target of graph.get(file) ?? []) {
      if (!graph.has(target)) continue;
      if (!index.has(target)) {
        visit(target);
        low.set(file, Math.min(low.get(file)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(file, Math.min(low.get(file)!, index.get(target)!));
      }
    }
    if (low.get(file) !== index.get(file)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    if (component.length > 1 || (graph.get(file) ?? []).includes(file)) cycles.push(component.sort());
  };
  for (const file of [...graph.keys()].sort()) if (!index.has(file)) visit(file);
  return cycles;
}

/** One line per breach of the architecture; none when the graph keeps to it. */
export function layeringProblems(graph: ImportGraph, architecture: Architecture): string[] {
  const problems: string[] = [];
  for (const cycle of importCycles(graph)) problems.push(`import cycle: ${cycle.join(" ↔ ")}`);
  const rank = (path: string): number => {
    const layer = ownerOf(architecture.layers, path);
    return layer ? architecture.layers.indexOf(layer) : -1;
  };
  for (const file of [...graph.keys()].sort()) {
    const fileRank = rank(file);
    if (fileRank === -1) {
      problems.push(`${file}: in no declared layer`);
      continue;
    }
    const edition = ownerOf(architecture.editions, file);
    for (const target of graph.get(file) ?? []) {
      if (architecture.commands(target)) {
        problems.push(`${file} imports the command ${target}`);
        continue;
      }
      const targetRank = rank(target);
      if (targetRank > fileRank) problems.push(`${file} (${architecture.layers[fileRank]!.name}) imports ${target} (${architecture.layers[targetRank]!.name}), a higher layer`);
      const targetEdition = ownerOf(architecture.editions, target);
      if (targetEdition && targetEdition !== edition && target !== targetEdition.entry) {
        problems.push(`${file} imports ${target}, inside the ${targetEdition.name} edition: import ${targetEdition.entry} instead`);
      }
    }
  }
  return problems;
}
