/**
 * An article, parsed once: front matter, markdown-it tokens, the footnote model, headings.
 * Every edition renders from this object; nothing downstream parses the Markdown again.
 */
import { createHash } from "node:crypto";
import { basename, extname } from "node:path";
import { markdownEngine, type RenderEnv } from "../engine/markdown-engine.ts";
import type { FootnoteModel } from "../markdown/footnote-model.ts";
import type { Heading } from "../markdown/heading-ids.ts";
import type { Token } from "../markdown/markdown-types.ts";
import { ContentError, type Diagnostic } from "../errors.ts";
import { readFrontMatter, type ArticleMeta } from "./front-matter.ts";
import { readSourceText } from "../files/read-source.ts";
import { collectImages, type ArticleImage } from "./images.ts";
import { idsInTokens, unlinkDeadFragments } from "./fragment-links.ts";
import { refusedAddresses, unlinkLocalAddresses, unlinkOverlongAddresses } from "./refused-addresses.ts";
import { takeOutHtmlComments } from "../markdown/raw-html.ts";
import { prepareCitations } from "../citations/citation-context.ts";
import type { BookParts } from "./merge-chapters.ts";
import type { HeaderCallTokens } from "../engine/render.ts";
import { headerCallsMarkdown, takeHeaderCalls } from "./header-calls.ts";
import { withArabicScriptLanguage } from "../markdown/arabic-script-language.ts";
import { languageFromScript } from "./language-from-script.ts";

export interface Article {
  sourcePath: string;
  slug: string;
  /** The line of `slug:` in the front matter (or book.yml), where a problem with the slug is reported; 1 when the slug comes from the file's name. */
  slugLine: number;
  /** Title is always known here: front matter, else the first heading. */
  meta: ArticleMeta & { title: string };
  tokens: Token[];
  env: RenderEnv;
  notes: FootnoteModel;
  headings: Heading[];
  /** Local images, checked: they exist and sit inside the article's folder. */
  images: ArticleImage[];
  /** Warnings worth showing; errors have already been thrown. */
  diagnostics: Diagnostic[];
  /** sha256 of the source bytes as text, for edition records and identifiers. */
  sourceHash: string;
  /** Set when the work is a book folder: where each chapter file stands in the tokens. */
  book?: BookParts;
  /** The calls written after the title and each author in front matter, numbered first (see header-calls.ts). */
  headerCalls?: HeaderCallTokens;
}

export async function loadArticle(file: string): Promise<Article> {
  return parseArticle(await readSourceText(file), file);
}

/** Parses one article's text. Throws ContentError listing every error found, with lines. */
export function parseArticle(written: string, file: string): Article {
  // Text as typed on some systems (macOS names, text copied from them) is decomposed: a letter
  // and its accent apart (Vietnamese ư as u + U+031B), Hangul as separate jamo. Composed, it is
  // the same text, set from the faces' own letters, and the front matter reads as the body does.
  const source = written.normalize("NFC");
  if (source.trim() === "") {
    throw new ContentError("the file is empty", { code: "source-empty", location: { file, line: 1 } });
  }
  const frontMatter = readFrontMatter(source, file);
  const { title: givenTitle, subtitle, abstract, authors } = frontMatter.meta;
  // Without a `lang`, an article written in one script other than Latin is in its language (a Japanese article's lang is ja).
  if (!frontMatter.fieldLines.has("lang")) {
    const found = languageFromScript([givenTitle ?? "", frontMatter.body].join("\n"), givenTitle ?? "", frontMatter.meta.lang, { file, line: 1 });
    frontMatter.meta.lang = found.lang;
    frontMatter.diagnostics.push(...found.diagnostics);
  }
  frontMatter.meta.scriptLanguages = withArabicScriptLanguage(frontMatter.meta.scriptLanguages, [frontMatter.body, givenTitle ?? "", subtitle ?? "", abstract ?? "", ...authors]);
  // Calls on the title block are read first, as a paragraph before the text (see header-calls.ts).
  const header = headerCallsMarkdown(frontMatter.meta.headerCalls, frontMatter.lineOffset);
  const env: RenderEnv = {
    sourcePath: file,
    lineOffset: header.lineOffset,
    languages: { document: frontMatter.meta.lang, scripts: frontMatter.meta.scriptLanguages },
    titleFromFirstHeading: !frontMatter.meta.title,
    figureNumbering: frontMatter.meta.figureNumbering,
  };
  const { bibliography, csl, lang } = frontMatter.meta;
  if (bibliography.length > 0) {
    const lineOf = (field: string): number => frontMatter.fieldLines.get(field) ?? 1;
    env.citations = prepareCitations({ bibliography, csl, lang, bibliographyLine: lineOf("bibliography"), cslLine: lineOf("csl") }, file);
  } else if (csl !== undefined) {
    frontMatter.diagnostics.push({ severity: "warning", code: "csl-without-bibliography", message: "`csl:` is set but no `bibliography:` names the works to cite; it is ignored", location: { file, line: frontMatter.fieldLines.get("csl") ?? 1 } });
  }
  // Canonically equal spellings (a precomposed é or e + accent) are one label, one heading id.
  const rawHtml = takeOutHtmlComments(frontMatter.body, file, frontMatter.lineOffset);
  const tokens = markdownEngine.parse((header.markdown + rawHtml.text).normalize("NFC"), env as unknown as Record<string, unknown>);
  const notes = env.footnoteModel ?? { notes: [], calls: [], diagnostics: [] };
  const headings = env.headings ?? [];
  const images = collectImages(tokens, file, env.lineOffset, undefined, notes.notes);
  const diagnostics = [...frontMatter.diagnostics, ...rawHtml.warnings, ...(env.structureDiagnostics ?? []), ...notes.diagnostics, ...(env.crossrefs?.diagnostics ?? []), ...images.diagnostics];
  const headerCalls = header.markdown ? takeHeaderCalls(tokens, notes, diagnostics, header) : undefined;

  let title = frontMatter.meta.title;
  let titleId: string | undefined;
  if (!title) {
    const first = headings[0];
    if (!first) {
      const titleLine = frontMatter.fieldLines.get("title");
      diagnostics.push(
        titleLine === undefined
          ? { severity: "error", code: "title-missing", message: "no title: add `title:` to the front matter or start with a # heading", location: { file, line: 1 } }
          : { severity: "error", code: "title-missing", message: "`title:` is empty: write the title there, or remove the line and start the text with a # heading", location: { file, line: titleLine } },
      );
    } else if (tokens[first.tokenIndex + 1]?.children?.some((child) => child.type === "footnote_ref")) {
      // The title goes to the title block, running heads and metadata, none of which can hold a call.
      const line = (tokens[first.tokenIndex]?.map?.[0] ?? 0) + 1 + env.lineOffset;
      diagnostics.push({
        severity: "error",
        code: "footnote-in-title",
        message: "the # heading that becomes the title holds a note call, which a title block, running head and metadata cannot show; give the title in the front matter with its call at the end (`title: The title[^1]`), which the title block prints and the rest leaves out",
        location: { file, line },
      });
    } else {
      title = first.text;
      titleId = first.id;
      removeHeading(tokens, first, headings, notes);
    }
  }
  const ids = idsInTokens(tokens, titleId ? [titleId] : []);
  const named = [...(titleId && title ? [{ id: titleId, text: title }] : []), ...headings];
  const locate = { locate: (block: Token) => ({ file, line: (block.map?.[0] ?? 0) + 1 + env.lineOffset }) };
  diagnostics.push(...unlinkDeadFragments(tokens, ids, locate, named), ...refusedAddresses(tokens, locate), ...unlinkOverlongAddresses(tokens, locate), ...unlinkLocalAddresses(tokens, locate));
  if (diagnostics.some((d) => d.severity === "error")) throw ContentError.fromDiagnostics(diagnostics);
  if (!frontMatter.body.trim()) {
    throw new ContentError("the article has front matter but no text", { code: "source-empty", location: { file, line: frontMatter.lineOffset + 1 } });
  }
  return {
    sourcePath: file,
    slug: frontMatter.meta.slug ?? slugFromFileName(file),
    slugLine: frontMatter.fieldLines.get("slug") ?? 1,
    meta: { ...frontMatter.meta, title: title ?? "", ...(titleId ? { titleId } : {}) },
    tokens,
    env,
    notes,
    headings,
    images: images.images,
    diagnostics: diagnostics.filter((d) => d.severity === "warning"),
    sourceHash: createHash("sha256").update(source).digest("hex"),
    ...(headerCalls ? { headerCalls } : {}),
  };
}

function slugFromFileName(file: string): string {
  return basename(file, extname(file))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "") || "article";
}

/** A title taken from the first heading is shown by the title block, so the body drops it. */
function removeHeading(tokens: Token[], heading: Heading, headings: Heading[], notes: FootnoteModel): void {
  tokens.splice(heading.tokenIndex, 3);
  headings.shift();
  for (const other of headings) other.tokenIndex -= 3;
  for (const call of notes.calls) if (call.tokenIndex > heading.tokenIndex) call.tokenIndex -= 3;
}
