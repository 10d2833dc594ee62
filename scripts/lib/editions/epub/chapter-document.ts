/**
 * One chapter file's body: the title block (first file only), the chapter's text, then the
 * notes first called in this chapter, in a region named "Notes" so a screen reader can
 * announce and skip it. Reading systems with pop-up notes hide the asides and show each one
 * at its call; the others show them here, after the text, each linking back.
 */
import type { ArticleMeta } from "../../document/front-matter.ts";
import type { HeaderCallsHtml } from "../../engine/render.ts";
import { escapeHtml } from "../../markdown/html.ts";
import { languageMarkedHtml } from "../../markdown/marked-text.ts";
import { emphasisMarkedHtml } from "../../markdown/title-emphasis.ts";
import { abstractBlock } from "../abstract-block.ts";
import { editionDateline } from "../dateline.ts";
import type { EpubChapter } from "./chapters.ts";
import type { EpubLabels } from "./epub-labels.ts";

export interface ChapterParts {
  chapter: EpubChapter;
  /** XHTML of the chapter's text. */
  text: string;
  /** XHTML of each note placed in this chapter, in number order. */
  notes: string[];
  labels: EpubLabels;
  /** Present for the first file only. */
  meta?: ArticleMeta & { title: string };
  /** The calls on the title block (first file only). */
  headerCalls?: HeaderCallsHtml;
}

export function chapterBody(parts: ChapterParts): string {
  const { chapter } = parts;
  const text = chapter.headingId
    ? `<section epub:type="chapter" role="doc-chapter" aria-label="${escapeHtml(chapter.title)}">\n${parts.text}</section>\n`
    : parts.text;
  const notes = parts.notes.length ? `<section class="notes" aria-label="${escapeHtml(parts.labels.notes)}">\n${parts.notes.join("")}</section>\n` : "";
  return (parts.meta ? titleBlock(parts.meta, parts.headerCalls) : "") + text + notes;
}

/** Title, subtitle, authors, dates and edition, as the web and print editions open. */
export function titleBlock(meta: ArticleMeta & { title: string }, calls?: HeaderCallsHtml): string {
  const context = { lang: meta.lang, scriptLanguages: meta.scriptLanguages, xhtml: true };
  const lines = [`<h1 class="title"${meta.titleId ? ` id="${escapeHtml(meta.titleId)}"` : ""}>${emphasisMarkedHtml(meta.title, meta.titleSpans, context)}${calls?.title ?? ""}</h1>`];
  if (meta.subtitle) lines.push(`<p class="subtitle">${emphasisMarkedHtml(meta.subtitle, meta.subtitleSpans, context)}</p>`);
  const authors = calls?.authors.some(Boolean) ? meta.authors.map((author, i) => languageMarkedHtml(author, context) + (calls.authors[i] ?? "")).join(", ") : languageMarkedHtml(meta.authors.join(", "), context);
  if (meta.authors.length) lines.push(`<p class="byline">${authors}</p>`);
  const dateline = editionDateline(meta);
  if (dateline) lines.push(`<p class="date">${dateline}</p>`);
  return `<header class="title-block">\n${lines.join("\n")}\n</header>\n${abstractBlock(meta.abstract, context)}`;
}

/**
 * epub-gen-memory's chapter template (EJS, filled by the library with the book language, the
 * chapter title and our body). Ours adds the text direction and drops the library's
 * chapter-title heading, since the body brings its own.
 */
export function chapterTemplate(direction: "ltr" | "rtl"): string {
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<!DOCTYPE html>`,
    `<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="<%= lang %>" lang="<%= lang %>" dir="${direction}">`,
    `<head>`,
    `<meta charset="UTF-8" />`,
    `<title><%= title %></title>`,
    `<link rel="stylesheet" type="text/css" href="style.css" />`,
    `</head>`,
    `<body>`,
    `<%- content %>`,
    `</body>`,
    `</html>`,
    ``,
  ].join("\n");
}
