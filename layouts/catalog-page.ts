/**
 * The catalog at <dir>/index.html: every published article with its editions. It is made
 * from the edition records in the output folder (not only the articles of this build), so
 * incremental builds and CI shards that each publish part of a catalogue end with a whole one.
 */
import { formatDate } from "../scripts/lib/editions/format-date.ts";
import { fontSheetsFor } from "../scripts/lib/fonts/web-font-sheets.ts";
import { escapeHtml } from "../scripts/lib/markdown/html.ts";
import { formatSize } from "./lib/downloads.ts";
import { pageShell } from "./lib/page-shell.ts";

/** What the catalog shows of a published article: the build's edition record (edition.json) is one. */
export interface CatalogEntry {
  slug: string;
  title: string;
  authors: string[];
  date?: string;
  edition?: string;
  description?: string;
  outputs: { pdf?: CatalogFile; epub?: CatalogFile; cover?: CatalogFile };
}

interface CatalogFile {
  file: string;
  bytes: number;
}

/** The catalog's main element: how a build knows a catalog page it wrote from a page of the user's. */
export const catalogMain = '<main id="main" class="catalog">';

export function renderCatalog(records: CatalogEntry[], title = "Articles"): string {
  const items = records.map((record) => {
    const slug = escapeHtml(record.slug);
    const meta = [record.authors.join(", "), record.date ? formatDate(record.date, "en") : "", record.edition ? `edition ${record.edition}` : ""]
      .filter((part) => part !== "")
      .map(escapeHtml)
      .join(" · ");
    const downloads = (["pdf", "epub"] as const)
      .map((kind) => {
        const output = record.outputs[kind];
        if (!output) return "";
        const label = kind === "pdf" ? "Print edition (PDF)" : "E-book edition (EPUB)";
        return `<li><a href="${slug}/${escapeHtml(output.file)}" download>${label}</a> <span class="size">(${formatSize(output.bytes)})</span></li>`;
      })
      .join("\n");
    const cover = record.outputs.cover ? `<img class="cover-thumb" src="${slug}/${escapeHtml(record.outputs.cover.file)}" alt="First page of ${escapeHtml(record.title)}" width="120">` : "";
    return `<li class="catalog-entry">
${cover}
<div>
<h2><a href="${slug}/index.html">${escapeHtml(record.title)}</a></h2>
${meta ? `<p class="meta">${meta}</p>` : ""}
${record.description ? `<p class="description">${escapeHtml(record.description)}</p>` : ""}
<ul class="downloads">
${downloads}
</ul>
</div>
</li>`;
  });
  const body = `${catalogMain}\n<h1>${escapeHtml(title)}</h1>\n<ul class="catalog-list">\n${items.join("\n")}\n</ul>\n</main>`;
  return pageShell({
    lang: "en",
    title,
    stylesheets: ["assets/web.css", ...fontSheetsFor(body, "en").map((sheet) => `assets/fonts/${sheet}`)],
    body,
  });
}
