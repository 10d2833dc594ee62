/**
 * Images in the text are files next to the article; the e-book must carry them inside the
 * zip. This finds every image the article shows, checks it can be embedded (a local file in
 * a format every EPUB 3 reader supports) and names it by order, so builds stay identical.
 * Remote images are refused: a build must not depend on the network.
 */
import { existsSync } from "node:fs";
import { dirname, extname, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Article } from "../../document/article.ts";
import { ContentError } from "../../errors.ts";
import type { Token } from "../../markdown/markdown-types.ts";
import type { EmbeddedImage } from "./deterministic-epub.ts";

const coreImageTypes: Record<string, string> = { ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".gif": "image/gif", ".svg": "image/svg+xml" };

export interface ArticleImages {
  images: EmbeddedImage[];
  /** Images as the text shows them (the same file twice counts twice). */
  shown: number;
  withAlt: number;
  /** Rewrites `src` attributes of rendered XHTML to the files inside the e-book. */
  rewrite(xhtml: string): string;
}

export function articleImages(article: Article): ArticleImages {
  const bySource = new Map<string, EmbeddedImage>();
  let shown = 0;
  let withAlt = 0;
  for (const { token, line } of imageTokens(article.tokens, article.env.lineOffset)) {
    shown++;
    if (token.content.trim() || (token.children ?? []).some((child) => child.content.trim())) withAlt++;
    const src = String(token.attrGet("src") ?? "");
    if (bySource.has(src)) continue;
    const location = { file: article.sourcePath, line };
    if (/^[a-z][a-z0-9+.-]*:/i.test(src)) {
      throw new ContentError(`image ${src} is not a local file; save it next to the article to include it in the e-book`, { code: "epub-image-remote", location });
    }
    const path = resolve(dirname(article.sourcePath), decodeURIComponent(src.split(/[?#]/)[0] ?? ""));
    const extension = extname(path).toLowerCase();
    const mediaType = coreImageTypes[extension];
    if (!mediaType) throw new ContentError(`image ${src}: e-readers need PNG, JPEG, GIF or SVG`, { code: "epub-image-type", location });
    if (!existsSync(path)) throw new ContentError(`image ${src} not found (looked for ${path})`, { code: "epub-image-missing", location });
    const id = `image-${String(bySource.size + 1).padStart(2, "0")}`;
    bySource.set(src, { url: pathToFileURL(path).href, id, extension: extension.slice(1), mediaType });
  }
  return {
    images: [...bySource.values()],
    shown,
    withAlt,
    rewrite: (xhtml) =>
      xhtml.replace(/(<img\b[^>]*?\ssrc=")([^"]*)"/g, (whole, head: string, src: string) => {
        const image = bySource.get(decodeXmlText(src));
        return image ? `${head}images/${image.id}.${image.extension}"` : whole;
      }),
  };
}

function* imageTokens(tokens: readonly Token[], lineOffset: number): Generator<{ token: Token; line: number }> {
  let line = 1 + lineOffset;
  for (const token of tokens) {
    if (token.map) line = token.map[0] + 1 + lineOffset;
    for (const child of token.children ?? []) if (child.type === "image") yield { token: child, line };
  }
}

const xmlReferences: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeXmlText(value: string): string {
  return value.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (whole, name: string) => {
    if (name[0] !== "#") return xmlReferences[name.toLowerCase()] ?? whole;
    return String.fromCodePoint(name[1] === "x" || name[1] === "X" ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1)));
  });
}
