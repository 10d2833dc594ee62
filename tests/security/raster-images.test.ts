/**
 * Raster images are checked by decoding them, not by their extension: a cut or damaged PNG,
 * JPEG or GIF is refused with the reason, and what is published ends where the image ends.
 */
import { describe, expect, it } from "vitest";
import { checkRaster, InvalidImage, pngDataLength, sniffFormat } from "../../scripts/lib/document/raster-images.ts";
import { corruptPng, gifBytes, jpegBytes, pngBytes, truncatedJpeg } from "./image-bytes.ts";

function reason(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidImage);
    return (error as Error).message;
  }
  throw new Error("expected the image to be refused");
}

describe("valid images", () => {
  it("pass unchanged", () => {
    for (const [bytes, format] of [[pngBytes(), "PNG"], [jpegBytes(), "JPEG"], [gifBytes(), "GIF"]] as const) {
      expect(checkRaster(bytes, format).equals(bytes), format).toBe(true);
    }
  });

  it("are published without what follows the end of the image", () => {
    const tail = Buffer.from("<html><script>alert(1)</script></html>");
    for (const [bytes, format] of [[pngBytes(), "PNG"], [jpegBytes(), "JPEG"], [gifBytes(), "GIF"]] as const) {
      expect(checkRaster(Buffer.concat([bytes, tail]), format).equals(bytes), format).toBe(true);
    }
  });

  it("are recognised by content", () => {
    expect(sniffFormat(pngBytes())).toBe("PNG");
    expect(sniffFormat(jpegBytes())).toBe("JPEG");
    expect(sniffFormat(gifBytes())).toBe("GIF");
    expect(sniffFormat(Buffer.from('<?xml version="1.0"?><svg/>'))).toBe("SVG");
    expect(sniffFormat(Buffer.from("root:x:0:0:root:/root:/bin/bash\n"))).toBeUndefined();
  });
});

describe("PNG", () => {
  const png = pngBytes();

  it("cut anywhere is refused as truncated", () => {
    for (const cut of [png.length - 1, png.length - 12, png.length - 30, 40, 20, 9]) {
      expect(reason(() => checkRaster(png.subarray(0, cut), "PNG")), `cut at ${cut}`).toMatch(/^truncated/);
    }
  });

  it("with a damaged chunk is refused by its checksum", () => {
    const damaged = Buffer.from(png);
    const at = png.indexOf("IDAT", 0, "latin1") + 8;
    damaged[at] = damaged[at]! ^ 0xff;
    expect(reason(() => checkRaster(damaged, "PNG"))).toMatch(/the IDAT chunk at byte \d+ is damaged/);
  });

  it("whose pixel data does not decode is refused, even with correct checksums, every time", () => {
    // The decoder alone filled data that inflated short from uninitialised memory, so the same
    // corrupt file passed now and then: it must be refused on every try.
    const corrupt = corruptPng();
    for (let run = 0; run < 30; run++) expect(reason(() => checkRaster(corrupt, "PNG"))).toMatch(/^its image data cannot be decoded/);
  });

  it("expects the image data size its header gives, interlaced or not", () => {
    expect(pngDataLength({ width: 40, height: 24, bitDepth: 8, colourType: 6, interlaced: false })).toBe(24 * (1 + 160));
    expect(pngDataLength({ width: 1, height: 1, bitDepth: 8, colourType: 6, interlaced: true })).toBe(5);
    // 8×8 with Adam7: passes of 1×1, 1×1, 2×1, 2×2, 4×2, 4×4 and 8×4 pixels, at 1 bit in grey.
    expect(pngDataLength({ width: 8, height: 8, bitDepth: 1, colourType: 0, interlaced: true })).toBe(2 + 2 + 2 + 4 + 4 + 8 + 8);
    expect(pngDataLength({ width: 8, height: 8, bitDepth: 8, colourType: 9, interlaced: false })).toBeUndefined();
  });

  it("claiming an enormous size is refused before decoding", () => {
    const huge = Buffer.from(png);
    huge.writeUInt32BE(100_000, 16);
    huge.writeUInt32BE(100_000, 20);
    // Fix IHDR's checksum so only the size is wrong.
    huge.writeUInt32BE(crc(huge.subarray(12, 29)), 29);
    expect(reason(() => checkRaster(huge, "PNG"))).toMatch(/100000 × 100000 pixels, more than/);
  });

  it("that is something else is named for what it is", () => {
    expect(reason(() => checkRaster(jpegBytes(), "PNG"))).toBe("it holds JPEG data; give it the extension .jpg");
    expect(reason(() => checkRaster(Buffer.from("root:x:0:0:root:/root:/bin/bash\n"), "PNG"))).toBe("it does not start with the PNG signature");
    expect(reason(() => checkRaster(Buffer.alloc(0), "PNG"))).toBe("the file is empty");
  });
});

describe("JPEG", () => {
  it("cut short is refused as truncated", () => {
    expect(reason(() => checkRaster(truncatedJpeg(), "JPEG"))).toMatch(/^truncated/);
    const jpeg = jpegBytes();
    for (const cut of [jpeg.length - 2, jpeg.length - 1, 4, 3]) expect(reason(() => checkRaster(jpeg.subarray(0, cut), "JPEG")), `cut at ${cut}`).toMatch(/^truncated/);
  });

  it("with a broken segment length is refused", () => {
    const jpeg = Buffer.from(jpegBytes());
    jpeg.writeUInt16BE(0xfff0, 4); // the APP0 segment claims more bytes than the file has
    expect(reason(() => checkRaster(jpeg, "JPEG"))).toMatch(/^truncated: the file ends inside a segment/);
  });
});

describe("GIF", () => {
  it("cut short is refused as truncated, even where the decoder alone would accept it", () => {
    const gif = gifBytes();
    for (const cut of [gif.length - 1, gif.length - 4, 14, 8]) expect(reason(() => checkRaster(gif.subarray(0, cut), "GIF")), `cut at ${cut}`).toMatch(/^truncated/);
  });
});

describe("WebP", () => {
  it("is checked by its container: a file shorter than its header says is refused", () => {
    const riff = Buffer.alloc(30);
    riff.write("RIFF", 0, "latin1");
    riff.writeUInt32LE(100, 4);
    riff.write("WEBP", 8, "latin1");
    expect(reason(() => checkRaster(riff, "WebP"))).toMatch(/^truncated/);
  });
});

function crc(data: Uint8Array): number {
  let value = 0xffffffff;
  for (const byte of data) {
    value ^= byte;
    for (let k = 0; k < 8; k++) value = value & 1 ? 0xedb88320 ^ (value >>> 1) : value >>> 1;
  }
  return (value ^ 0xffffffff) >>> 0;
}
