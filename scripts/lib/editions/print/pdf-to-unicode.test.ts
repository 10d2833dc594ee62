import { describe, expect, it } from "vitest";
import { parseToUnicode, writeToUnicode } from "./pdf-to-unicode.ts";

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe("ToUnicode maps", () => {
  it("reads bfchar and both kinds of bfrange entries, as Chromium writes them", () => {
    const map = parseToUnicode(
      bytes(`/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Adobe-Identity-UCS def
1 begincodespacerange <0000> <FFFF> endcodespacerange
2 beginbfchar <0001> <0020> <0088> <0031> endbfchar
2 beginbfrange <0010> <0012> <0041> <0020> <0021> [<FB01> <0066006C>] endbfrange
endcmap CMapName currentdict /CMap defineresource pop end end`),
    );
    expect([...map.entries()]).toEqual([
      [1, " "],
      [0x88, "1"],
      [0x10, "A"],
      [0x11, "B"],
      [0x12, "C"],
      [0x20, "\uFB01"],
      [0x21, "fl"],
    ]);
  });

  it("writes a map that reads back the same, in blocks of at most 100 entries", () => {
    const map = new Map(Array.from({ length: 250 }, (_, i) => [i + 1, i % 2 ? "\u0645" : "\u0644\u0627"] as [number, string]));
    const written = writeToUnicode(map);
    expect(new TextDecoder().decode(written).match(/beginbfchar/g)).toHaveLength(3);
    expect(parseToUnicode(written)).toEqual(map);
  });
});
