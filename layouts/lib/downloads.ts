/**
 * Download links to the other editions. Sizes are only known once the PDF and EPUB exist,
 * after Eleventy has run, so the template leaves a marker the build fills in (fillDownloadSizes).
 */
import { escapeHtml } from "../../scripts/lib/markdown/html.ts";
import { editionWords } from "../../scripts/lib/language/edition-words.ts";

export type DownloadKind = "pdf" | "epub";

export const sizeMarker = (slug: string, kind: DownloadKind): string => `<!--size:${slug}.${kind}-->`;

export function downloadLinks(slug: string, prefix: string, lang: string): string {
  const words = editionWords(lang);
  const link = (kind: DownloadKind, label: string, type: string): string =>
    `<li><a href="${escapeHtml(prefix + slug)}.${kind}" type="${type}" download>${label}</a> ${sizeMarker(slug, kind)}</li>`;
  return `<ul class="downloads">
${link("pdf", escapeHtml(words.printEdition), "application/pdf")}
${link("epub", escapeHtml(words.ebookEdition), "application/epub+zip")}
</ul>`;
}

/** Replaces the size markers once the files exist; a missing file says so instead of a size. */
export function fillDownloadSizes(html: string, sizeOf: (slug: string, kind: DownloadKind) => number | undefined): string {
  return html.replace(/<!--size:(.+?)\.(pdf|epub)-->/g, (_marker, slug: string, kind: DownloadKind) => {
    const bytes = sizeOf(slug, kind);
    return bytes === undefined ? `<span class="size">(not yet available)</span>` : `<span class="size">(${formatSize(bytes)})</span>`;
  });
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
