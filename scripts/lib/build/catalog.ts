/** Rewrites <dir>/index.html from every edition record found in the output folder (article folders are symlinks to version folders, see publish-version.ts). */
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { renderCatalog } from "../../../layouts/catalog-page.ts";
import { writeFileAtomic } from "./atomic-write.ts";
import { readEditionRecord, type EditionRecord } from "./edition-record.ts";
import { reservedSlugs } from "./output-layout.ts";

export async function publishCatalog(outDir: string): Promise<number> {
  const records: EditionRecord[] = [];
  for (const entry of await readdir(outDir, { withFileTypes: true })) {
    if (!(entry.isDirectory() || entry.isSymbolicLink()) || entry.name.startsWith(".") || reservedSlugs.includes(entry.name)) continue;
    const record = await readEditionRecord(join(outDir, entry.name));
    if (record) records.push(record);
  }
  // Newest first, then by title: a reader lands on the latest article.
  records.sort((a, b) => (b.date ?? "").localeCompare(a.date ?? "") || a.title.localeCompare(b.title));
  await writeFileAtomic(join(outDir, "index.html"), renderCatalog(records));
  return records.length;
}
