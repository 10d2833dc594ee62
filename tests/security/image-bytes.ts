/** Small images made in code for the security tests: valid ones, and the same cut short or damaged. */
import jpeg from "jpeg-js";
import { GifWriter } from "omggif";
import { PNG } from "pngjs";

function pixels(width: number, height: number): Buffer {
  const data = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      data[i] = (x * 255) / width;
      data[i + 1] = (y * 255) / height;
      data[i + 2] = 128;
      data[i + 3] = 255;
    }
  }
  return data;
}

export function pngBytes(width = 40, height = 24): Buffer {
  return PNG.sync.write({ width, height, data: pixels(width, height) } as PNG);
}

export function jpegBytes(width = 64, height = 48): Buffer {
  return Buffer.from(jpeg.encode({ width, height, data: pixels(width, height) }, 85).data);
}

export function gifBytes(width = 8, height = 8): Buffer {
  const buffer = Buffer.alloc(4096);
  const writer = new GifWriter(buffer, width, height, { palette: [0x000000, 0xffffff] });
  writer.addFrame(0, 0, width, height, Array.from({ length: width * height }, (_, i) => (i + Math.floor(i / width)) % 2));
  return Buffer.from(buffer.subarray(0, writer.end()));
}

/** A PNG whose compressed pixel data is damaged, with its checksum fixed so only decoding can tell. */
export function corruptPng(): Buffer {
  const png = Buffer.from(pngBytes());
  const idat = png.indexOf("IDAT", 0, "latin1");
  const length = png.readUInt32BE(idat - 4);
  for (let i = idat + 4 + 2; i < idat + 4 + length - 4; i += 3) png[i] = png[i]! ^ 0x5a;
  png.writeUInt32BE(crc32(png.subarray(idat, idat + 4 + length)), idat + 4 + length);
  return png;
}

/** The first two thirds of a JPEG. */
export function truncatedJpeg(): Buffer {
  const bytes = jpegBytes();
  return bytes.subarray(0, Math.floor(bytes.length * 0.66));
}

function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** An SVG carrying everything that must not be published: a script, handlers, a foreign object, outside references, an XXE entity. */
export const hostileSvg = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE svg [
  <!ENTITY xxe SYSTEM "file:///etc/passwd">
  <!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
]>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="120" height="80" viewBox="0 0 120 80" onload="alert('svg-onload')">
  <title>A hostile drawing</title>
  <script>alert('svg-script')</script>
  <defs><linearGradient id="fade"><stop offset="0" stop-color="#c0392b"/><stop offset="1" stop-color="#2980b9"/></linearGradient></defs>
  <rect width="120" height="80" fill="url(#fade)" onclick="alert('svg-click')"/>
  <foreignObject width="100" height="50"><div xmlns="http://www.w3.org/1999/xhtml">svg-foreign</div></foreignObject>
  <image href="http://tracker.invalid/pixel.png" width="1" height="1"/>
  <image xlink:href="file:///etc/passwd" width="1" height="1"/>
  <text x="10" y="40" font-size="12">Leak: &xxe;&lol2;</text>
  <a href="javascript:alert('svg-link')"><circle cx="100" cy="60" r="8" fill="#ffffff"/></a>
</svg>
`;
