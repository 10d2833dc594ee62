/**
 * Images referenced by an article. Each must be a file inside the article's own folder:
 * remote URLs are refused at once (a build never fetches from the network, so it can
 * neither hang on a dead host nor change with what a server returns), and so are absolute
 * paths and paths that climb out of the folder, so nothing outside the project ends up in
 * a published edition.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, extname, isAbsolute, relative, resolve } from "node:path";
import type { Diagnostic } from "../errors.ts";
import type { Token } from "../markdown/markdown-types.ts";

export interface ArticleImage {
  /** The src as written in the Markdown. */
  src: string;
  /** Absolute path of the file. */
  path: string;
  /** Name it is published under: content hash plus extension, so names never clash. */
  fileName: string;
  line: number;
}

const allowedExtensions = new Set([".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp"]);

/** Finds, checks and names every image; problems become diagnostics with the image's line. */
export function collectImages(tokens: Token[], file: string, lineOffset: number): { images: ArticleImage[]; diagnostics: Diagnostic[] } {
  const folder = dirname(resolve(file));
  const images = new Map<string, ArticleImage>();
  const diagnostics: Diagnostic[] = [];
  let line = 1;
  for (const token of tokens) {
    if (token.map) line = token.map[0] + 1 + lineOffset;
    for (const child of token.children ?? []) {
      if (child.type !== "image") continue;
      const src = String(child.attrGet("src") ?? "");
      const checked = checkImage(src, folder);
      if ("problem" in checked) {
        diagnostics.push({ severity: "error", code: "image", message: checked.problem, location: { file, line } });
        continue;
      }
      if (!images.has(src)) {
        const hash = createHash("sha256").update(readFileSync(checked.path)).digest("hex").slice(0, 16);
        images.set(src, { src, path: checked.path, fileName: `${hash}${extname(checked.path).toLowerCase()}`, line });
      }
    }
  }
  return { images: [...images.values()], diagnostics };
}

/** The image's absolute path, or a message saying why it cannot be used. */
function checkImage(src: string, folder: string): { path: string } | { problem: string } {
  const refuse = (problem: string): { problem: string } => ({ problem });
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith("//")) {
    return refuse(`image "${src}" is a remote URL: the build never fetches from the network; save the image next to the article and link it by its file name`);
  }
  let decoded: string;
  try {
    decoded = decodeURI(src.split(/[?#]/)[0] ?? "");
  } catch {
    return refuse(`image "${src}" is not a valid path`);
  }
  if (isAbsolute(decoded)) return refuse(`image "${src}" is an absolute path; images must be inside the article's folder`);
  const path = resolve(folder, decoded);
  const inside = relative(folder, path);
  if (inside.startsWith("..") || isAbsolute(inside)) return refuse(`image "${src}" is outside the article's folder; images must be inside it`);
  if (!allowedExtensions.has(extname(path).toLowerCase())) return refuse(`image "${src}" is not a PNG, JPEG, GIF, SVG or WebP file`);
  if (!existsSync(path) || !statSync(path).isFile()) return refuse(`image "${src}" does not exist (looked for ${path})`);
  return { path };
}
