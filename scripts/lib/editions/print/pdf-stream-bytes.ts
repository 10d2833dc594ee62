/** The decoded bytes of a PDF stream object (Flate and the other filters pdf-lib reads). */
import { decodePDFRawStream, PDFRawStream, type PDFStream } from "pdf-lib";

export function streamBytes(stream: PDFStream): Uint8Array {
  return stream instanceof PDFRawStream ? decodePDFRawStream(stream).decode() : stream.getContents();
}
