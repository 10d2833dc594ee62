/**
 * The Markdown of the pages the plugin publishes, rendered by the project's markdown-it with
 * its footnote model; every other Markdown page keeps the site's own Markdown settings.
 *
 * Eleventy lets a plugin take over a template language with addExtension("md"), and hands the
 * render function the language's own renderer as `this.defaultRenderer`: a page the plugin
 * does not publish (and every layout written in Markdown) goes there unchanged, with the
 * site's library, its markdown-it plugins and its template engine for Markdown.
 *
 * A published page is read from its file and parsed once, by the same code as the build: the
 * web body, the PDF and the EPUB come from that one parse, so they carry the same notes. Its
 * Markdown is not run through Liquid or Nunjucks first (the PDF and the EPUB would otherwise
 * read another text than the web page).
 */
import { relative } from "node:path";
import type { RenderContext, UserConfig } from "@11ty/eleventy";
import type { Article } from "../document/article.ts";
import { parseArticle } from "../document/article.ts";
import { readSourceText } from "../files/read-source.ts";
import type { PageSize } from "../document/front-matter.ts";
import { renderWebBody } from "../editions/web/web-edition.ts";
import { ContentError, formatDiagnostic } from "../errors.ts";
import { editionsFor, type SelectionData } from "./page-selection.ts";
import type { BookEdition, ResolvedOptions } from "./plugin-options.ts";
import { FootnotePressError } from "./plugin-error.ts";

/** A page the plugin publishes, as its render left it for `eleventy.after`. */
export interface PublishedPage {
  inputPath: string;
  /** The source as messages name it: relative to the folder Eleventy runs in. */
  file: string;
  source: string;
  article: Article;
  editions: BookEdition[];
}

/** Front matter keys that belong to Eleventy, not to the article: no "unknown field" warning for them. */
const eleventyKeys = new Set(["layout", "tags", "permalink", "pagination", "eleventyComputed", "eleventyExcludeFromCollections", "eleventyNavigation", "eleventyImport", "templateEngineOverride", "dynamicPermalink", "permalinkBypassOutputDir", "draft"]);

/** Takes over "md": the pages in `pages` (filled as they render) get the footnote model. */
export function renderPublishedMarkdown(eleventyConfig: UserConfig, options: ResolvedOptions, pages: Map<string, PublishedPage>, warn: (line: string) => void): void {
  eleventyConfig.addExtension("md", {
    compile(_inputContent: string, inputPath: string) {
      return async function (this: RenderContext, data: Record<string, unknown>): Promise<string> {
        const selection = data as SelectionData;
        // A layout written in Markdown is rendered with its page's data: only the page itself is published.
        const isThePage = selection.page?.inputPath === inputPath;
        const editions = isThePage ? editionsFor(selection, options) : [];
        if (!editions.length) return this.defaultRenderer(data);
        const page = await readPage(inputPath, editions, options, data, warn);
        pages.set(inputPath, page);
        return renderWebBody(page.article);
      };
    },
  });
}

async function readPage(inputPath: string, editions: BookEdition[], options: ResolvedOptions, data: Record<string, unknown>, warn: (line: string) => void): Promise<PublishedPage> {
  const file = relative(process.cwd(), inputPath) || inputPath;
  try {
    const source = await readSourceText(inputPath);
    const article = parseArticle(source, file);
    // The site's own layout prints the title and authors, from Eleventy's reading of the front
    // matter: it cannot print their calls, so the web page would lack notes the PDF and EPUB have.
    const headerCall = article.meta.headerCalls?.title ?? article.meta.headerCalls?.authors.find(Boolean);
    if (headerCall) {
      throw new ContentError("a note call on the title or an author is printed by footnote-press's own title block, which an Eleventy site's layout replaces; call the note from the first paragraph instead", { code: "header-call-in-site", location: { file, line: headerCall.line } });
    }
    for (const diagnostic of article.diagnostics) {
      const unknownKey = /^unknown front matter field "([^"]+)"/.exec(diagnostic.message)?.[1];
      if (diagnostic.code === "front-matter-unknown-field" && unknownKey && (eleventyKeys.has(unknownKey) || unknownKey.startsWith("eleventy"))) continue;
      warn(formatDiagnostic(diagnostic));
    }
    if (options.pageSize && data.pageSize === undefined) article.meta.pageSize = options.pageSize as PageSize;
    return { inputPath, file, source, article, editions };
  } catch (error) {
    throw FootnotePressError.from(error);
  }
}
