/**
 * "Nothing leaks", end to end through the real CLI: images that lead out of the article's
 * folder, that are not files, or that are not valid images stop their article with the file
 * and line and publish nothing of what they point at; a hostile SVG is published sanitised in
 * the web folder and the EPUB, and the build still passes its read-back and EPUBCheck.
 */
import { execFileSync } from "node:child_process";
import JSZip from "jszip";
import { existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli, type CliResult } from "../helpers/run-cli.ts";
import { corruptPng, gifBytes, hostileSvg, jpegBytes, pngBytes, truncatedJpeg } from "./image-bytes.ts";

const article = (title: string, image: string): string => `---\ntitle: ${title}\n---\n\nText with a note.[^1]\n\n![A picture](${image})\n\n[^1]: The note.\n`;
/** The line of the image in `article`. */
const imageLine = 7;

/** Every file under `dir`, hidden ones included (the rejected editions too). */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : entry.isFile() ? [path] : [];
  });
}

/** The files under `dir` holding `needle`, also inside EPUBs (zips). */
async function filesHolding(dir: string, needle: Buffer): Promise<string[]> {
  const found: string[] = [];
  for (const file of filesUnder(dir)) {
    const bytes = readFileSync(file);
    if (bytes.includes(needle)) found.push(relative(dir, file));
    if (file.endsWith(".epub")) {
      const zip = await JSZip.loadAsync(bytes);
      for (const [name, entry] of Object.entries(zip.files)) {
        if (!entry.dir && (await entry.async("nodebuffer")).includes(needle)) found.push(`${relative(dir, file)}!${name}`);
      }
    }
  }
  return found;
}

describe("images that must not be published", () => {
  const work = mkdtempSync(join(tmpdir(), "press-leaks-"));
  const content = join(work, "content");
  const outside = join(work, "outside");
  const out = join(work, "dist");
  /** A valid PNG outside every article's folder: only containment can keep it out. */
  const secret = pngBytes(13, 7);
  const passwd = readFileSync("/etc/passwd");
  const sources: Record<string, string> = {};
  let result: CliResult;

  const addArticle = (name: string, image: string, setUp: (folder: string) => void): void => {
    const folder = join(content, name);
    mkdirSync(folder, { recursive: true });
    setUp(folder);
    sources[name] = join(folder, `${name}.md`);
    writeFileSync(sources[name]!, article(name, image));
  };

  beforeAll(async () => {
    mkdirSync(outside, { recursive: true });
    writeFileSync(join(outside, "secret.png"), secret);
    addArticle("symlink-passwd", "leak.png", (folder) => symlinkSync("/etc/passwd", join(folder, "leak.png")));
    addArticle("symlink-png", "figure.png", (folder) => symlinkSync(join(outside, "secret.png"), join(folder, "figure.png")));
    addArticle("symlink-folder", "figures/secret.png", (folder) => symlinkSync(outside, join(folder, "figures")));
    addArticle("hard-link", "figure.png", (folder) => linkSync(join(outside, "secret.png"), join(folder, "figure.png")));
    addArticle("fifo", "pipe.png", (folder) => execFileSync("mkfifo", [join(folder, "pipe.png")]));
    addArticle("folder-image", "folder.png", (folder) => mkdirSync(join(folder, "folder.png")));
    addArticle("corrupt-png", "broken.png", (folder) => writeFileSync(join(folder, "broken.png"), corruptPng()));
    addArticle("truncated-jpeg", "cut.jpg", (folder) => writeFileSync(join(folder, "cut.jpg"), truncatedJpeg()));
    addArticle("passwd-as-png", "copy.png", (folder) => writeFileSync(join(folder, "copy.png"), passwd));
    // A FIFO must be refused at once: a build that opened it would wait here until the timeout.
    result = await runCli("build.ts", [content, "--out", out]);
  }, 240_000);

  it("fails the build with exit code 1, one line per image, and builds none of these articles", () => {
    expect(result.code, result.stderr).toBe(1);
    expect(`${result.stdout}${result.stderr}`).toMatch(/build failed: 0 of 9 articles built|9 failed/);
  });

  it("refuses a symlink to /etc/passwd: file:line, resolves outside the article's folder", () => {
    expect(result.stderr).toContain(`${sources["symlink-passwd"]}:${imageLine}: image "leak.png" resolves outside the article's folder`);
  });

  it("refuses a symlink to a valid image outside the folder", () => {
    expect(result.stderr).toContain(`${sources["symlink-png"]}:${imageLine}: image "figure.png" resolves outside the article's folder`);
  });

  it("refuses an image reached through a symlinked folder that leads outside", () => {
    expect(result.stderr).toContain(`${sources["symlink-folder"]}:${imageLine}: image "figures/secret.png" resolves outside the article's folder`);
  });

  it("refuses a hard-linked image", () => {
    expect(result.stderr).toContain(`${sources["hard-link"]}:${imageLine}: image "figure.png" has 2 hard links`);
  });

  it("refuses a FIFO and a folder named as images without opening them", () => {
    expect(result.stderr).toContain(`${sources.fifo}:${imageLine}: image "pipe.png" is a FIFO (named pipe), not a file; refused without opening it`);
    expect(result.stderr).toContain(`${sources["folder-image"]}:${imageLine}: image "folder.png" is a folder, not a file; refused without opening it`);
  });

  it("refuses a corrupt PNG, a truncated JPEG and a text file named .png, by decoding them", () => {
    // The decoder's own words for damaged pixel data vary; the file, line and verdict do not.
    expect(result.stderr).toContain(`${sources["corrupt-png"]}:${imageLine}: image "broken.png" is not a valid PNG (`);
    expect(result.stderr).toContain(`${sources["truncated-jpeg"]}:${imageLine}: image "cut.jpg" is not a valid JPEG (truncated`);
    expect(result.stderr).toContain(`${sources["passwd-as-png"]}:${imageLine}: image "copy.png" is not a valid PNG (it does not start with the PNG signature)`);
  });

  it("publishes nothing of /etc/passwd or of the image outside, anywhere in the output folder", async () => {
    const firstLine = passwd.subarray(0, passwd.indexOf(0x0a));
    expect(firstLine.length).toBeGreaterThan(8);
    expect(await filesHolding(out, firstLine)).toEqual([]);
    expect(await filesHolding(out, secret)).toEqual([]);
    expect(existsSync(join(out, "symlink-passwd"))).toBe(false);
  });
});

describe("a hostile SVG beside valid PNG, JPEG and GIF images", () => {
  const work = mkdtempSync(join(tmpdir(), "press-svg-"));
  const folder = join(work, "article");
  const out = join(work, "dist");
  const source = join(folder, "figures.md");
  let result: CliResult;

  beforeAll(async () => {
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, "drawing.svg"), hostileSvg);
    writeFileSync(join(folder, "gradient.png"), pngBytes());
    writeFileSync(join(folder, "photo.jpg"), jpegBytes());
    writeFileSync(join(folder, "checker.gif"), gifBytes());
    writeFileSync(
      source,
      "---\ntitle: Figures\nslug: figures\n---\n\nA drawing.[^1]\n\n![A hostile drawing](drawing.svg)\n\n![A gradient](gradient.png)\n\n![A photo](photo.jpg)\n\n![A checker board](checker.gif)\n\n[^1]: Drawn for the test.\n",
    );
    result = await runCli("build.ts", [source, "--out", out, "--epubcheck"]);
  }, 240_000);

  it("builds, passes the read-back of all three editions and EPUBCheck, and warns about what it removed", () => {
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/verified figures: .*EPUBCheck: 0 fatals \/ 0 errors \/ 0 warnings/);
    expect(result.stderr).toMatch(new RegExp(`^${source.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}:8: warning: image "drawing\\.svg": removed from the published SVG.*a <script> element`, "m"));
  });

  it("publishes the sanitised SVG, with no script, handler, foreign object, outside reference or XXE entity, in the web folder and the EPUB", async () => {
    const web = readFileSync(join(out, "figures", "index.html"), "utf8");
    const src = /<img src="(images\/[0-9a-f]{16}\.svg)" alt="A hostile drawing">/.exec(web)?.[1];
    expect(src, web).toBeDefined();
    const published = readFileSync(join(out, "figures", src!), "utf8");
    const withoutNamespaces = published.replace(/\sxmlns(:[a-z]+)?="[^"]*"/g, "");
    for (const forbidden of [/<script/i, /\son[a-z]+\s*=/i, /foreignObject/i, /svg-foreign|svg-script|svg-onload|svg-click/, /https?:|file:|javascript:/i, /tracker\.invalid/, /<!DOCTYPE|<!ENTITY|&xxe;|lol/, /root:/]) {
      expect(withoutNamespaces).not.toMatch(forbidden);
    }
    expect(published).toContain('fill="url(#fade)"');
    const epub = await JSZip.loadAsync(readFileSync(join(out, "figures", "figures.epub")));
    const inBook = await epub.file(`OEBPS/${src}`)?.async("string");
    expect(inBook).toBe(published);
    const original = readFileSync(join(folder, "drawing.svg"), "utf8");
    expect(published).not.toBe(original);
  });

  it("publishes the valid raster images as they are", () => {
    const web = readFileSync(join(out, "figures", "index.html"), "utf8");
    for (const [alt, file] of [["A gradient", "gradient.png"], ["A photo", "photo.jpg"], ["A checker board", "checker.gif"]] as const) {
      const src = new RegExp(`<img src="(images/[0-9a-f]{16}\\.[a-z]+)" alt="${alt}">`).exec(web)?.[1];
      expect(src, alt).toBeDefined();
      expect(readFileSync(join(out, "figures", src!)).equals(readFileSync(join(folder, file))), file).toBe(true);
    }
  });

  it("shows none of the removed text in the PDF", () => {
    const pdf = join(out, "figures", "figures.pdf");
    expect(statSync(pdf).size).toBeGreaterThan(0);
    const text = execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" });
    expect(text).not.toMatch(/svg-foreign|svg-script|root:x/);
  });
});
