/** Serves files of the output folder, refusing any path that climbs out of it. */
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".pdf": "application/pdf",
  ".epub": "application/epub+zip",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".svg": "image/svg+xml",
  ".woff2": "font/woff2",
};

export async function readStatic(root: string, urlPath: string): Promise<{ body: Buffer; type: string } | undefined> {
  let relative: string;
  try {
    relative = normalize(decodeURIComponent(urlPath.split("?")[0] ?? "/")).replace(/^([/\\])+/, "");
  } catch {
    return undefined;
  }
  if (relative.split(sep).includes("..")) return undefined;
  let path = join(root, relative);
  const info = await stat(path).catch(() => undefined);
  if (info?.isDirectory()) path = join(path, "index.html");
  const body = await readFile(path).catch(() => undefined);
  if (!body) return undefined;
  return { body, type: types[extname(path).toLowerCase()] ?? "application/octet-stream" };
}
