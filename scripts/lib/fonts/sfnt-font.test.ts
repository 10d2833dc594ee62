import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../project-paths.ts";
import { decodeInTurn } from "./sfnt-font.ts";

const files = ["latin-400-normal", "latin-400-italic", "latin-700-normal", "latin-700-italic", "latin-ext-400-normal", "greek-400-normal"].map((face) => `source-serif-4-${face}.woff2`);
const woff2 = files.map((file) => readFileSync(join(projectRoot, "node_modules", "@fontsource", "source-serif-4", "files", file)));

/** Whether the bytes are a whole OpenType font: its version, and every table of its directory inside the file. */
function wellFormed(bytes: Uint8Array): boolean {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(0);
  if (version !== 0x00010000 && version !== 0x4f54544f) return false;
  const tables = view.getUint16(4);
  for (let index = 0; index < tables; index++) {
    const record = 12 + index * 16;
    if (view.getUint32(record + 8) + view.getUint32(record + 12) > bytes.byteLength) return false;
  }
  return tables > 0;
}

describe("decoding WOFF2 faces", () => {
  it("gives faces asked for at once each its own bytes, the same as decoded alone, none overwritten by another's decoding", async () => {
    const together = await Promise.all(woff2.map((bytes) => decodeInTurn(bytes)));
    const alone: Uint8Array[] = [];
    for (const bytes of woff2) alone.push(await decodeInTurn(bytes));
    expect(together.map(wellFormed)).toEqual(files.map(() => true));
    together.forEach((font, index) => expect(Buffer.from(font).equals(Buffer.from(alone[index] as Uint8Array)), files[index]).toBe(true));
  });
});
