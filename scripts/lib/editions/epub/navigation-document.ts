/**
 * The navigation document: table of contents (chapters, with their `###` sections), the
 * page list of the print edition when page starts were given, and landmarks. Reading
 * systems build their contents menu and "go to page" from it.
 */
import { escapeHtml } from "../../markdown/html.ts";
import { languageMarkedHtml } from "../../markdown/marked-text.ts";
import { emphasisMarkedHtml } from "../../markdown/title-emphasis.ts";
import type { EpubChapter } from "./chapters.ts";
import type { EpubLabels } from "./epub-labels.ts";
import { pageBreakId } from "./page-breaks.ts";
import type { ContentsEntry } from "../../crossref/contents.ts";

/** The name epub-gen-memory writes the navigation document under (epub-package.ts). */
export const navigationFileName = "toc.xhtml";

export interface NavigationInput {
  title: string;
  lang: string;
  /** The language of runs in each other script, for the entries' words (a heading's foreign words keep their language here). */
  scriptLanguages?: Readonly<Record<string, string>>;
  direction: "ltr" | "rtl";
  labels: EpubLabels;
  chapters: readonly EpubChapter[];
  /** Print pages that got a marker, with the file holding it, in page order. */
  pages: ReadonlyArray<{ page: number; label?: string; fileName: string }>;
  /** Whether this document is in the reading order; landmarks may only point into the spine. */
  inSpine: boolean;
  /** The article's table of contents (`toc: true`), listed instead of the chapter files, with where each heading is. */
  contents?: { entries: readonly ContentsEntry[]; href: (id: string) => string };
}

export function navigationDocument(input: NavigationInput): string {
  const { labels } = input;
  const language = { lang: input.lang, scriptLanguages: input.scriptLanguages ?? {}, xhtml: true };
  const link = (href: string, text: string): string => `<a href="${escapeHtml(href)}">${languageMarkedHtml(text, language)}</a>`;
  const contents = input.contents;
  const entry = (item: ContentsEntry): string => {
    const { id, number, text, emphasis } = item.section;
    const children = item.children.length ? `<ol>${item.children.map(entry).join("")}</ol>` : "";
    const words = `${number ? `${escapeHtml(number)} ` : ""}${emphasisMarkedHtml(text, emphasis, language)}`;
    return `<li><a href="${escapeHtml(contents?.href(id) ?? "")}">${words}</a>${children}</li>`;
  };
  const toc = contents ? contents.entries.map(entry) : input.chapters.map((chapter) => {
    const href = chapter.headingId ? `${chapter.fileName}#${chapter.headingId}` : chapter.fileName;
    const sections = chapter.subheadings.map((heading) => `<li>${link(`${chapter.fileName}#${heading.id}`, heading.text)}</li>`);
    return `<li>${link(href, chapter.title)}${sections.length ? `<ol>${sections.join("")}</ol>` : ""}</li>`;
  });
  const parts = [
    `<nav epub:type="toc" role="doc-toc" id="toc" aria-labelledby="toc-title">`,
    `<h1 id="toc-title">${escapeHtml(labels.contents)}</h1>`,
    `<ol>\n${toc.join("\n")}\n</ol>`,
    `</nav>`,
  ];
  if (input.pages.length > 0) {
    const pages = input.pages.map(({ page, label, fileName }) => `<li>${link(`${fileName}#${pageBreakId(page)}`, label ?? String(page))}</li>`);
    parts.push(
      `<nav epub:type="page-list" role="doc-pagelist" id="page-list" aria-labelledby="page-list-title" hidden="hidden">`,
      `<h2 id="page-list-title">${escapeHtml(labels.pages)}</h2>`,
      `<ol>\n${pages.join("\n")}\n</ol>`,
      `</nav>`,
    );
  }
  const first = input.chapters[0]?.fileName ?? "";
  parts.push(
    `<nav epub:type="landmarks" id="landmarks" aria-labelledby="landmarks-title" hidden="hidden">`,
    `<h2 id="landmarks-title">${escapeHtml(labels.landmarks)}</h2>`,
    `<ol>`,
    ...(input.inSpine ? [`<li><a epub:type="toc" href="${navigationFileName}#toc">${escapeHtml(labels.contents)}</a></li>`] : []),
    `<li><a epub:type="bodymatter" href="${escapeHtml(first)}">${escapeHtml(labels.start)}</a></li>`,
    `</ol>`,
    `</nav>`,
  );
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<!DOCTYPE html>`,
    `<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="${escapeHtml(input.lang)}" lang="${escapeHtml(input.lang)}" dir="${input.direction}">`,
    `<head>`,
    `<meta charset="UTF-8" />`,
    `<title>${escapeHtml(input.title)}</title>`,
    `<link rel="stylesheet" type="text/css" href="style.css" />`,
    `</head>`,
    `<body>`,
    ...parts,
    `</body>`,
    `</html>`,
    ``,
  ].join("\n");
}
