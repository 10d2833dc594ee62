/**
 * Bibliography files named by an article's `bibliography:` field, read under the same rule as
 * its images (contained-path.ts: inside the article's folder, no link leading out, no hard
 * link, no special file) and turned into CSL-JSON items by their format: `.json` CSL-JSON,
 * `.bib` BibTeX or BibLaTeX, `.ris` RIS. Each item remembers the file and line it came from,
 * so a problem with it names them.
 */
import { createHash } from "node:crypto";
import { dirname, extname, join, resolve } from "node:path";
import { ContentError, type SourceLocation } from "../errors.ts";
import { readContainedFile } from "../files/contained-path.ts";
import { decodeUtf8 } from "../files/read-source.ts";
import { readCslJson } from "./csl-json-file.ts";
import { readBibtex } from "./bibtex-file.ts";
import { readRis } from "./ris-file.ts";
import type { BibliographyEntry } from "./csl-item.ts";

const maxBibliographyBytes = 32 * 1024 * 1024;

const readers: Record<string, (text: string, file: string) => BibliographyEntry[]> = {
  ".json": readCslJson,
  ".bib": readBibtex,
  ".bibtex": readBibtex,
  ".ris": readRis,
};

export interface Bibliographies {
  entries: Map<string, BibliographyEntry>;
  /** sha256 of every file's name and bytes: a changed bibliography rebuilds the article. */
  hash: string;
}

/** Every work of every file, by key; a key defined twice is an error naming both places. */
/** `folderName`: the folder the files must be inside, as messages name it ("the book's folder"; the article's by default). */
export function readBibliographies(names: readonly string[], articleFile: string, fieldLine: number, folderName?: string): Bibliographies {
  const folder = dirname(resolve(articleFile));
  const entries = new Map<string, BibliographyEntry>();
  const hash = createHash("sha256");
  for (const name of names) {
    const at = { file: articleFile, line: fieldLine };
    const reader = readers[extname(name).toLowerCase()];
    if (!reader) throw new ContentError(`bibliography "${name}" is not a .json (CSL-JSON), .bib (BibTeX, BibLaTeX) or .ris file`, { code: "bibliography-format", location: at });
    const read = readContainedFile(folder, name, { what: "bibliography", name, maxBytes: maxBibliographyBytes, ...(folderName ? { folderName } : {}) });
    if (!read.ok) throw new ContentError(read.message, { code: "bibliography-unreadable", location: at });
    const file = join(dirname(articleFile), name);
    hash.update(name).update("\0").update(read.bytes).update("\0");
    for (const entry of reader(decodeUtf8(read.bytes, file), file)) {
      const earlier = entries.get(entry.item.id);
      if (earlier) {
        throw new ContentError(`bibliography key "${entry.item.id}" is defined twice (first at ${earlier.location.file}:${earlier.location.line})`, {
          code: "bibliography-duplicate-key",
          location: entry.location,
        });
      }
      entries.set(entry.item.id, entry);
    }
  }
  return { entries, hash: hash.digest("hex") };
}
