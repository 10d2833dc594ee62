/**
 * The only web the renderer's browser can see: an in-memory site under one origin, holding
 * the page being laid out, its stylesheets, fonts and the pagination script. Any request
 * elsewhere (network, file://, other hosts) is refused, so content can never fetch or leak.
 */
import { readFile } from "node:fs/promises";

export const siteOrigin = "http://press.invalid";

type Body = Uint8Array | string;
type Source = Body | (() => Promise<Body>);

const contentTypes: Record<string, string> = {
  html: "text/html; charset=utf-8",
  css: "text/css; charset=utf-8",
  js: "text/javascript; charset=utf-8",
  woff2: "font/woff2",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  gif: "image/gif",
  svg: "image/svg+xml",
  webp: "image/webp",
};

export class VirtualSite {
  private readonly files = new Map<string, Source>();
  private readonly cache = new Map<string, Body>();

  /** Serves `body` (or the file at `path`, read on first request) at `urlPath`. */
  add(urlPath: string, source: Source): void {
    this.files.set(normalise(urlPath), source);
    this.cache.delete(normalise(urlPath));
  }

  addFile(urlPath: string, filePath: string): void {
    this.add(urlPath, () => readFile(filePath));
  }

  remove(urlPath: string): void {
    this.files.delete(normalise(urlPath));
    this.cache.delete(normalise(urlPath));
  }

  url(urlPath: string): string {
    return siteOrigin + normalise(urlPath);
  }

  /** The response for a URL, or undefined when the URL is not ours to serve. */
  async lookup(url: string): Promise<{ body: Body; contentType: string } | undefined> {
    if (!url.startsWith(`${siteOrigin}/`)) return undefined;
    const path = normalise(decodeURIComponent(new URL(url).pathname));
    const source = this.files.get(path);
    if (source === undefined) return undefined;
    let body = this.cache.get(path);
    if (body === undefined) {
      body = typeof source === "function" ? await source() : source;
      this.cache.set(path, body);
    }
    const extension = path.slice(path.lastIndexOf(".") + 1).toLowerCase();
    return { body, contentType: contentTypes[extension] ?? "application/octet-stream" };
  }
}

function normalise(urlPath: string): string {
  return `/${urlPath.replace(/^\/+/, "")}`;
}
