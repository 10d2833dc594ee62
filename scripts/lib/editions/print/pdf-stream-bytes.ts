/** The decoded bytes of a PDF stream object. */
import { inflateSync } from "node:zlib";
import { decodePDFRawStream, PDFName, PDFRawStream, type PDFStream } from "pdf-lib";

export function streamBytes(stream: PDFStream): Uint8Array {
  if (!(stream instanceof PDFRawStream)) return stream.getContents();
  // A plain Flate stream (what Chromium and this project write) is inflated by Node's zlib,
  // several times faster than pdf-lib's JavaScript decoder; anything else goes to pdf-lib.
  const filter = stream.dict.get(PDFName.of("Filter"));
  if (filter === PDFName.of("FlateDecode") && !stream.dict.get(PDFName.of("DecodeParms"))) return inflateSync(stream.getContents());
  return decodePDFRawStream(stream).decode();
}
