/**
 * Where each id of the text is published once the text is split into files: the web edition's
 * chapter pages, the EPUB's chapter files. A link written on one file to an id on another must
 * name that file; both editions ask this one function.
 */
import type { Token } from "../markdown/markdown-types.ts";

export interface TextFile {
  /** Range [start, end) of the text's tokens the file holds. */
  start: number;
  end: number;
  fileName: string;
}

/** `id` → `file#id` (just `#id` for an id no file holds). `extra`: ids outside the tokens, with their file. */
export function linksAcrossFiles(tokens: readonly Token[], files: readonly TextFile[], extra: ReadonlyArray<readonly [string, string]> = []): (id: string) => string {
  const fileOf = new Map<string, string>(extra);
  for (const file of files) {
    for (let index = file.start; index < file.end; index++) {
      const token = tokens[index];
      const id = token?.nesting === 1 ? token.attrGet("id") : null;
      if (id !== null && id !== undefined) fileOf.set(String(id), file.fileName);
      // An author's anchor (`[text]{#name}`) is an inline span.
      for (const child of token?.children ?? []) {
        const anchor = child.nesting === 1 ? child.attrGet("id") : null;
        if (anchor !== null) fileOf.set(String(anchor), file.fileName);
      }
    }
  }
  return (id) => `${fileOf.get(id) ?? ""}#${id}`;
}
