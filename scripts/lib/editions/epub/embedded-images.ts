/**
 * The article's images (already found and checked by document/images.ts: files inside the
 * article's folder with every link resolved, decoded, SVG sanitised, named by the hash of what
 * is published) as files inside the e-book. They are read from the vetted copy (`path`), never
 * from the file the article names, so the e-book holds the same bytes as the web folder: an SVG
 * only as sanitised. They keep their published names, images/<hash>.<ext>, which is also what
 * the shared renderer writes into `src`, so the text needs no rewriting and builds stay identical.
 */
import { extname } from "node:path";
import { pathToFileURL } from "node:url";
import type { Article } from "../../document/article.ts";
import { ContentError } from "../../errors.ts";
import type { Token } from "../../markdown/markdown-types.ts";
import type { EmbeddedImage } from "./epub-package.ts";

/** Image types every EPUB 3.2 reading system must show (EPUBCheck 4.2.6 refuses others without a fallback). */
const coreImageTypes: Record<string, string> = { ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".gif": "image/gif", ".svg": "image/svg+xml" };

export interface ArticleImages {
  images: EmbeddedImage[];
  /** Images as the text shows them (the same file twice counts twice). */
  shown: number;
  /** Of those, how many have alternative text. */
  withAlt: number;
}

export function articleImages(article: Article): ArticleImages {
  const images = article.images.map((image): EmbeddedImage => {
    const extension = extname(image.fileName).toLowerCase();
    const mediaType = coreImageTypes[extension];
    if (!mediaType) {
      throw new ContentError(`image "${image.src}" is ${extension.slice(1).toUpperCase()}, which e-readers need not show; use PNG, JPEG, GIF or SVG`, {
        code: "epub-image-type",
        location: { file: article.sourcePath, line: image.line },
      });
    }
    return { url: pathToFileURL(image.path).href, id: image.fileName.slice(0, -extension.length), extension: extension.slice(1), mediaType };
  });
  const shown = imageTokens(article.tokens);
  return { images, shown: shown.length, withAlt: shown.filter(hasAlt).length };
}

function imageTokens(tokens: readonly Token[]): Token[] {
  return tokens.flatMap((token) => (token.children ?? []).filter((child) => child.type === "image"));
}

function hasAlt(image: Token): boolean {
  return (image.children ?? []).some((child) => child.content.trim() !== "") || image.content.trim() !== "";
}
