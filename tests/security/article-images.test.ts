/**
 * collectImages through parseArticle: what the editions read (`path`) is the vetted copy, an
 * SVG only as sanitised, named by the hash of the published bytes; refused images name the
 * file and the line of every reference.
 */
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseArticle } from "../../scripts/lib/document/article.ts";
import { ContentError } from "../../scripts/lib/errors.ts";
import { hostileSvg, pngBytes } from "./image-bytes.ts";

describe("article images", () => {
  const folder = mkdtempSync(join(tmpdir(), "press-article-images-"));
  const file = join(folder, "article.md");
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it("are published from a vetted copy: the sanitised SVG, the PNG as it is", () => {
    writeFileSync(join(folder, "drawing.svg"), hostileSvg);
    writeFileSync(join(folder, "plot.png"), pngBytes());
    const article = parseArticle("---\ntitle: T\n---\n\nText.\n\n![A drawing](drawing.svg)\n\n![A plot](plot.png)\n", file);
    const [svg, png] = article.images;
    expect(svg?.path).not.toBe(join(folder, "drawing.svg"));
    expect(svg?.sourcePath).toBe(realpathSync(join(folder, "drawing.svg")));
    const published = readFileSync(svg!.path);
    expect(published.toString("utf8")).not.toMatch(/<script|onload|foreignObject|tracker\.invalid|ENTITY/);
    expect(svg?.fileName).toBe(`${createHash("sha256").update(published).digest("hex").slice(0, 16)}.svg`);
    expect(readFileSync(png!.path).equals(pngBytes())).toBe(true);
    expect(article.diagnostics).toEqual([expect.objectContaining({ severity: "warning", code: "image-sanitised", location: { file, line: 7 } })]);
  });

  it("refused are reported at every line that shows them", () => {
    mkdirSync(join(folder, "links"), { recursive: true });
    symlinkSync("/etc/passwd", join(folder, "links", "leak.png"));
    let error: unknown;
    try {
      parseArticle("---\ntitle: T\n---\n\n![x](links/leak.png)\n\nAgain:\n\n![y](links/leak.png)\n", file);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).toLine().split("\n")).toEqual([
      expect.stringMatching(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}:5: image "links/leak\\.png" resolves outside the article's folder`)),
      expect.stringMatching(/:9: image "links\/leak\.png" resolves outside the article's folder/),
    ]);
  });

  it("in an inline note are reported at the note's line, not the text's last", () => {
    let error: unknown;
    try {
      parseArticle("---\ntitle: T\n---\n\nFirst.\n\nInline.^[See ![i](absent.png) here.]\n\nMore.\n\nLast.\n", file);
    } catch (caught) {
      error = caught;
    }
    expect((error as ContentError).toLine()).toMatch(/:7: image "absent\.png" does not exist/);
  });
});
