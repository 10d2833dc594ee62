import { describe, expect, it } from "vitest";
import { joinLinkPieces, type PdfLinkBox } from "./pdf-lines.ts";

const box = (left: number, right: number, top: number, page: number): PdfLinkBox => ({ left, right, top, bottom: top + 12, target: { pageIndex: page, x: 42, y: 60 } });

describe("a link Chromium wrote in pieces", () => {
  it("is one link when its pieces touch on one line and lead to one place", () => {
    expect(joinLinkPieces([box(10, 40, 100, 3), box(40, 80, 100, 3), box(80, 86, 100, 3)])).toEqual([box(10, 86, 100, 3)]);
  });

  it("stays apart when the pieces lead elsewhere, stand apart, or sit on another line", () => {
    const apart = [box(10, 20, 100, 3), box(20, 30, 100, 4), box(33, 40, 100, 4), box(40, 50, 114, 4)];
    expect(joinLinkPieces(apart)).toEqual(apart);
  });
});
