import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadArticle } from "../document/article.ts";
import { readSourceText } from "./read-source.ts";

const folder = mkdtempSync(join(tmpdir(), "press-read-source-"));

function saved(name: string, text: string): string {
  const file = join(folder, name);
  writeFileSync(file, text);
  return file;
}

describe("readSourceText", () => {
  it("ends every line in LF, whether the file ends them in CRLF or in a lone CR", async () => {
    expect(await readSourceText(saved("crlf.md", "---\r\ntitle: A\r\n---\r\n\r\nText.\r\n"))).toBe("---\ntitle: A\n---\n\nText.\n");
    expect(await readSourceText(saved("cr.md", "---\rtitle: A\r---\r\rText.\r"))).toBe("---\ntitle: A\n---\n\nText.\n");
  });

  it("reads the front matter of a file whose lines end in a lone CR, and counts its lines", async () => {
    const article = await loadArticle(saved("old-mac.md", "---\rtitle: Saved on an old Mac\r---\r\rFirst line.[^1]\r\r[^1]: The note.\r"));
    expect(article.meta.title).toBe("Saved on an old Mac");
    expect(article.notes.notes.map((note) => note.line)).toEqual([7]);
  });
});
