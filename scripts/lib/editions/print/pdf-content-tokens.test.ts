import { describe, expect, it } from "vitest";
import { contentOperations, decodeTextString } from "./pdf-content-tokens.ts";

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const slice = (source: string, start: number, end: number): string => source.slice(start, end);

describe("contentOperations", () => {
  it("gives each operator with its operands and the byte range that holds them", () => {
    const source = "q 1 0 0 -1 0 595 cm\nBT /F4 10.5 Tf <0088> Tj ET Q";
    const operations = contentOperations(bytes(source));
    expect(operations.map((operation) => operation.operator)).toEqual(["q", "cm", "BT", "Tf", "Tj", "ET", "Q"]);
    expect(operations.map((operation) => slice(source, operation.start, operation.end))).toEqual(["q", "1 0 0 -1 0 595 cm", "BT", "/F4 10.5 Tf", "<0088> Tj", "ET", "Q"]);
    expect(operations[3]?.operands).toEqual([{ kind: "name", value: "F4" }, { kind: "number", value: 10.5 }]);
    expect(operations[4]?.operands).toEqual([{ kind: "string", bytes: Uint8Array.of(0x00, 0x88) }]);
  });

  it("reads literal strings with nested parentheses and escapes, names with # escapes, comments, arrays and dictionaries", () => {
    const source = "% a comment\n/Span <</ActualText (a\\(b\\) (c) \\101\\n) /Lang (fa)>> BDC [(x) -20 <41 42>] TJ /A#20B BMC EMC EMC";
    const operations = contentOperations(bytes(source));
    expect(operations.map((operation) => operation.operator)).toEqual(["BDC", "TJ", "BMC", "EMC", "EMC"]);
    const properties = operations[0]?.operands[1];
    expect(properties?.kind).toBe("dict");
    if (properties?.kind !== "dict") return;
    const actual = properties.entries.get("ActualText");
    expect(actual?.kind === "string" ? new TextDecoder().decode(actual.bytes) : null).toBe("a(b) (c) A\n");
    expect(operations[1]?.operands[0]).toEqual({ kind: "array", items: [{ kind: "string", bytes: bytes("x") }, { kind: "number", value: -20 }, { kind: "string", bytes: bytes("AB") }] });
    expect(operations[2]?.operands[0]).toEqual({ kind: "name", value: "A B" });
    expect(slice(source, operations[0]?.start ?? 0, operations[0]?.end ?? 0)).toBe("/Span <</ActualText (a\\(b\\) (c) \\101\\n) /Lang (fa)>> BDC");
  });

  it("refuses what it cannot copy safely: inline images, unfinished strings, stray operands", () => {
    expect(() => contentOperations(bytes("BI /W 1 /H 1 ID x EI"))).toThrow(/inline image/);
    expect(() => contentOperations(bytes("(never closed Tj"))).toThrow(/never ends/);
    expect(() => contentOperations(bytes("1 2 3"))).toThrow(/no operator/);
    expect(() => contentOperations(bytes("<</A 1 BDC"))).toThrow(/never ends|not a name/);
  });
});

describe("decodeTextString", () => {
  it("reads UTF-16 with a byte order mark, Persian included, and plain bytes as Latin", () => {
    expect(decodeTextString(Uint8Array.of(0xfe, 0xff, 0x06, 0x33, 0x06, 0x27, 0x00, 0x20, 0x00, 0x61))).toBe("سا a");
    expect(decodeTextString(bytes("Note 7"))).toBe("Note 7");
  });
});
