import { describe, expect, it } from "vitest";
import { parseFontsourceCss } from "./fontsource-css.ts";

const rule = (comment: string, file: string, range: string): string => `/* ${comment} */
@font-face {
  font-family: 'Some Family';
  font-style: normal;
  font-weight: 400;
  src: url(./files/${file}.woff2) format('woff2'), url(./files/${file}.woff) format('woff');
  unicode-range: ${range};
}
`;

describe("parseFontsourceCss", () => {
  it("reads named subsets and the numbered slices of a CJK package, with their files and ranges", () => {
    const css = [
      rule("noto-serif-sc-[4]-400-normal", "noto-serif-sc-4-400-normal", "U+1f1e9-1f1f5,U+1f21a"),
      rule("noto-serif-sc-[119]-400-normal", "noto-serif-sc-119-400-normal", "U+20-7e,\n  U+4e2d"),
      rule("noto-serif-sc-latin-ext-400-normal", "noto-serif-sc-latin-ext-400-normal", "U+0100-02BA"),
    ].join("\n");
    expect(parseFontsourceCss(css, "noto-serif-sc-", "-400-normal")).toEqual([
      { subset: "[4]", numbered: true, file: "noto-serif-sc-4-400-normal.woff2", unicodeRange: "U+1f1e9-1f1f5,U+1f21a" },
      { subset: "[119]", numbered: true, file: "noto-serif-sc-119-400-normal.woff2", unicodeRange: "U+20-7e,U+4e2d" },
      { subset: "latin-ext", numbered: false, file: "noto-serif-sc-latin-ext-400-normal.woff2", unicodeRange: "U+0100-02BA" },
    ]);
  });

  it("skips rules of another weight or style, or without a woff2 file or a range", () => {
    const css = [
      rule("source-serif-4-latin-400-italic", "source-serif-4-latin-400-italic", "U+0000-00FF"),
      rule("source-serif-4-latin-700-normal", "source-serif-4-latin-700-normal", "U+0000-00FF"),
      "/* source-serif-4-greek-400-normal */\n@font-face {\n  src: url(./files/x.woff) format('woff');\n  unicode-range: U+0370-03FF;\n}",
    ].join("\n");
    expect(parseFontsourceCss(css, "source-serif-4-", "-400-normal")).toEqual([]);
  });
});
