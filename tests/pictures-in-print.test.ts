/**
 * Pictures as authors put them in a text, through the real CLI: a picture taller than the page
 * shown as a plain image (no figure label), and a drawn chart whose labels are small numbers.
 * The first must be scaled to the page, never cut at its foot; the second's labels are text in
 * the PDF, and must not be read back as note calls.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as mupdf from "mupdf";
import { PNG } from "pngjs";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli, type CliResult } from "./helpers/run-cli.ts";

const work = mkdtempSync(join(tmpdir(), "press-pictures-"));

function tallPng(width: number, height: number): Buffer {
  const png = new PNG({ width, height });
  for (let i = 0; i < width * height; i++) png.data.set([(i / width) % 256, 40, 90, 255], i * 4);
  return PNG.sync.write(png);
}

/** A tall chart, shrunk to the page: its year labels come out smaller than a call's figures. */
const chart = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="1600" viewBox="0 0 400 1600"><rect width="400" height="1600" fill="#eef"/>${[1550, 1600, 1650, 1700]
  .map((year, index) => `<rect x="40" y="${100 + index * 380}" width="${120 + index * 50}" height="200" fill="#88a"/><text x="300" y="${210 + index * 380}" font-size="18">${year}</text>`)
  .join("")}</svg>`;

/** Every picture's box on every page, and the page's height, as MuPDF finds them. */
function pictureBoxes(pdf: string): Array<{ page: number; top: number; bottom: number; pageHeight: number }> {
  const document = mupdf.Document.openDocument(readFileSync(pdf), "application/pdf");
  const boxes: Array<{ page: number; top: number; bottom: number; pageHeight: number }> = [];
  for (let index = 0; index < document.countPages(); index++) {
    const page = document.loadPage(index);
    const height = page.getBounds()[3];
    page.toStructuredText("preserve-images").walk({
      onImageBlock: (bbox) => {
        boxes.push({ page: index + 1, top: bbox[1], bottom: bbox[3], pageHeight: height });
      },
    });
  }
  return boxes;
}

describe("pictures in the print edition", () => {
  let build: CliResult;
  const out = join(work, "out");

  beforeAll(async () => {
    writeFileSync(join(work, "tall.png"), tallPng(200, 1400));
    writeFileSync(join(work, "chart.svg"), chart);
    writeFileSync(
      join(work, "pictures.md"),
      "---\ntitle: Pictures\n---\n\nSalt prices rose.[^1]\n\n![Salt prices over four centuries](tall.png)\n\nThe chart counts the mills.\n\n![Mills founded by half century](chart.svg){#fig:mills}\n\nAs @fig:mills shows, most came late.\n\n[^1]: A note, so that the calls are links.\n",
    );
    build = await runCli("build.ts", [join(work, "pictures.md"), "--out", out], { PRESS_CACHE_DIR: join(work, ".cache") });
  }, 240_000);

  it("publishes: the chart's years are labels, not note calls", () => {
    // The picture scaled to the page cannot share page 1 with the title: it waits, as a figure
    // does, while the text after it fills page 1, and no page is left partly empty. The chart,
    // with one line of text after it, follows that line, and its page is not short.
    expect(build.stderr).toBe("");
    expect(build.code).toBe(0);
    expect(build.stdout).toContain("1 note, 1 call, 1 cross-reference identical in the web edition, PDF and EPUB");
  });

  it("scales a picture taller than the page to fit above the page's foot", () => {
    const boxes = pictureBoxes(join(out, "pictures", "pictures.pdf"));
    expect(boxes.length).toBeGreaterThan(0);
    // The A5 page's text block ends well above its bottom edge, where the folio stands.
    for (const box of boxes) expect(box.bottom, `picture on page ${box.page}`).toBeLessThan(box.pageHeight - 40);
  });
});
