/**
 * The package document (content.opf): metadata, manifest and spine. Written here rather
 * than by epub-gen-memory's template, which stamps the current time, a random identifier and
 * a copyright line with this year, and knows no accessibility or page-source metadata.
 */
import type { ArticleMeta } from "../../document/front-matter.ts";
import { escapeHtml } from "../../markdown/html.ts";
import type { MetaProperty } from "./accessibility.ts";

export interface ManifestItem {
  id: string;
  href: string;
  mediaType: string;
  properties?: string;
}

export interface PackageInput {
  meta: ArticleMeta & { title: string };
  identifier: string;
  /** Already formatted CCYY-MM-DDThh:mm:ssZ. */
  modified: string;
  description: string;
  direction: "ltr" | "rtl";
  /** Every file but the package document and mimetype/container, in manifest order. */
  manifest: ManifestItem[];
  /** Manifest ids in reading order. */
  spine: string[];
  accessibility: MetaProperty[];
  /** Edition the print page numbers come from, when the book has them. */
  pageSource?: string;
  coverId?: string;
}

const ibooksPrefix = "ibooks: http://vocabulary.itunes.apple.com/rdf/ibooks/vocabulary-extensions-1.0/";

export function packageDocument(input: PackageInput): string {
  const { meta } = input;
  const lines: string[] = [
    `<dc:identifier id="pub-id">${escapeHtml(input.identifier)}</dc:identifier>`,
    `<dc:title id="title">${escapeHtml(meta.title)}</dc:title>`,
    `<meta refines="#title" property="title-type">main</meta>`,
  ];
  if (meta.subtitle) {
    lines.push(`<dc:title id="subtitle">${escapeHtml(meta.subtitle)}</dc:title>`, `<meta refines="#subtitle" property="title-type">subtitle</meta>`);
  }
  meta.authors.forEach((author, i) => {
    lines.push(`<dc:creator id="creator-${i + 1}">${escapeHtml(author)}</dc:creator>`, `<meta refines="#creator-${i + 1}" property="role" scheme="marc:relators">aut</meta>`);
  });
  lines.push(`<dc:language>${escapeHtml(meta.lang)}</dc:language>`);
  if (meta.date) lines.push(`<dc:date>${meta.date}</dc:date>`);
  if (meta.edition) lines.push(`<meta property="schema:version">${escapeHtml(meta.edition)}</meta>`);
  lines.push(`<dc:description>${escapeHtml(input.description)}</dc:description>`);
  if (meta.publisher) lines.push(`<dc:publisher>${escapeHtml(meta.publisher)}</dc:publisher>`);
  if (meta.rights) lines.push(`<dc:rights>${escapeHtml(meta.rights)}</dc:rights>`);
  for (const keyword of meta.keywords) lines.push(`<dc:subject>${escapeHtml(keyword)}</dc:subject>`);
  if (input.pageSource) {
    // EPUB Accessibility 1.0 names the paginated source this way; 1.1 adds a11y:pageBreakSource.
    lines.push(`<dc:source id="page-source">${escapeHtml(input.pageSource)}</dc:source>`, `<meta refines="#page-source" property="source-of">pagination</meta>`);
  }
  lines.push(`<meta property="dcterms:modified">${input.modified}</meta>`);
  for (const { property, value } of input.accessibility) lines.push(`<meta property="${property}">${escapeHtml(value)}</meta>`);
  // Lets Apple Books start with the embedded faces; readers can still choose their own.
  lines.push(`<meta property="ibooks:specified-fonts">true</meta>`);
  if (input.coverId) lines.push(`<meta name="cover" content="${input.coverId}" />`);

  const manifest = input.manifest.map(
    (item) => `<item id="${item.id}" href="${escapeHtml(item.href)}" media-type="${item.mediaType}"${item.properties ? ` properties="${item.properties}"` : ""} />`,
  );
  const spine = input.spine.map((id) => `<itemref idref="${id}" />`);
  const progression = input.direction === "rtl" ? ` page-progression-direction="rtl"` : "";
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="pub-id" xml:lang="${escapeHtml(meta.lang)}" dir="${input.direction}" prefix="${ibooksPrefix}">`,
    `  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">`,
    ...lines.map((line) => `    ${line}`),
    `  </metadata>`,
    `  <manifest>`,
    ...manifest.map((line) => `    ${line}`),
    `  </manifest>`,
    `  <spine${progression}>`,
    ...spine.map((line) => `    ${line}`),
    `  </spine>`,
    `</package>`,
    ``,
  ].join("\n");
}
