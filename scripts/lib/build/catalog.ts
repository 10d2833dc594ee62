/**
 * The output folder's shared files: the catalog, <dir>/index.html, rewritten from every edition
 * record found there (article folders are symlinks to version folders, see publish-version.ts),
 * and the web edition's stylesheet and faces. The last task of every build writes them, and
 * `npm run catalog -- <dir>` writes them again for a folder merged from several shards' outputs.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { catalogMain, renderCatalog } from "../editions/web/web-edition.ts";
import { publishAssets, publishFontsFor, type PublishedPage } from "./assets.ts";
import { writeFileAtomic } from "./atomic-write.ts";
import { displayPath, readEditionRecord, type EditionRecord } from "./edition-record.ts";
import { PublishError } from "../errors.ts";
import { reservedSlugs } from "../document/slug-limits.ts";

export async function publishCatalog(outDir: string): Promise<number> {
  const records: EditionRecord[] = [];
  for (const entry of await readdir(outDir, { withFileTypes: true })) {
    if (!(entry.isDirectory() || entry.isSymbolicLink()) || entry.name.startsWith(".") || reservedSlugs.includes(entry.name)) continue;
    const record = await readEditionRecord(join(outDir, entry.name));
    if (record) records.push(record);
  }
  records.sort(catalogOrder);
  const catalog = join(outDir, "index.html");
  const existing = await readFile(catalog, "utf8").catch(() => undefined);
  // A page the user put there is theirs: never replaced by the catalog.
  if (existing !== undefined && !isCatalog(existing)) {
    throw new PublishError(`${displayPath(catalog)} is not a catalog a build wrote, and is left as it is: move it away, or build into another --out`, { code: "output-taken" });
  }
  await writeFileAtomic(catalog, renderCatalog(records));
  return records.length;
}

/** A catalog page as renderCatalog writes it, with its main element. */
function isCatalog(html: string): boolean {
  return html.includes(catalogMain);
}

/**
 * Newest first, then by title: a reader lands on the latest article. Dates are compared as
 * written, character by character, so a year or a month written alone (`2014`, `2014-03`) comes
 * after every day written within it, as its first day would; undated articles come last.
 */
export function catalogOrder(a: Pick<EditionRecord, "date" | "title">, b: Pick<EditionRecord, "date" | "title">): number {
  const older = (a.date ?? "") < (b.date ?? "") ? 1 : (a.date ?? "") > (b.date ?? "") ? -1 : 0;
  return older || a.title.localeCompare(b.title);
}

/**
 * Publishes the stylesheet, the faces `pages` need (the web pages of the build that just ran;
 * those of earlier builds had theirs published then) and the catalog with the faces its titles
 * need. Returns how many articles the catalog lists.
 */
export async function publishCatalogAndAssets(outDir: string, pages: PublishedPage[] = []): Promise<number> {
  await publishAssets(outDir);
  await publishFontsFor(outDir, pages);
  const listed = await publishCatalog(outDir);
  // The catalog lists every published article's title (its page is in English).
  const catalog = await readFile(join(outDir, "index.html"), "utf8").catch(() => "");
  await publishFontsFor(outDir, [{ html: catalog, lang: "en" }]);
  return listed;
}
