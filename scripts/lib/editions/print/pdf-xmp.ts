/**
 * The XMP metadata stream of the print edition: PDF/UA-1 requires one, with the document's
 * title, and its identification (pdfuaid:part 1). It says what the Info dictionary says
 * (title, authors, subject, keywords, dates, creator tool, producer) plus the language, so
 * the two never disagree. The packet is uncompressed and has no `xpacket` id of the moment:
 * the same article gives the same bytes.
 */
import { PDFName, type PDFDocument } from "pdf-lib";
import type { PdfInfo } from "./pdf-info.ts";

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** 2011-11-05T00:00:00Z: XMP dates are ISO 8601, the same instant as the Info dictionary's. */
function xmpDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

const alt = (text: string, lang: string): string => `<rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(text)}</rdf:li><rdf:li xml:lang="${escapeXml(lang)}">${escapeXml(text)}</rdf:li></rdf:Alt>`;

export function xmpPacket(info: PdfInfo, creatorTool: string, producer: string): string {
  const lines = [
    `<dc:format>application/pdf</dc:format>`,
    `<dc:title>${alt(info.title, info.lang)}</dc:title>`,
    info.authors.length ? `<dc:creator><rdf:Seq>${info.authors.map((author) => `<rdf:li>${escapeXml(author)}</rdf:li>`).join("")}</rdf:Seq></dc:creator>` : "",
    info.description ? `<dc:description>${alt(info.description, info.lang)}</dc:description>` : "",
    `<dc:language><rdf:Bag><rdf:li>${escapeXml(info.lang)}</rdf:li></rdf:Bag></dc:language>`,
    info.keywords.length ? `<dc:subject><rdf:Bag>${info.keywords.map((keyword) => `<rdf:li>${escapeXml(keyword)}</rdf:li>`).join("")}</rdf:Bag></dc:subject>` : "",
    info.keywords.length ? `<pdf:Keywords>${escapeXml(info.keywords.join(", "))}</pdf:Keywords>` : "",
    `<pdf:Producer>${escapeXml(producer)}</pdf:Producer>`,
    `<xmp:CreatorTool>${escapeXml(creatorTool)}</xmp:CreatorTool>`,
    `<xmp:CreateDate>${xmpDate(info.date)}</xmp:CreateDate>`,
    `<xmp:ModifyDate>${xmpDate(info.date)}</xmp:ModifyDate>`,
    `<xmp:MetadataDate>${xmpDate(info.date)}</xmp:MetadataDate>`,
    `<pdfuaid:part>1</pdfuaid:part>`,
  ].filter((line) => line !== "");
  return [
    `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>`,
    `<x:xmpmeta xmlns:x="adobe:ns:meta/">`,
    `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">`,
    `<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">`,
    ...lines,
    `</rdf:Description>`,
    `</rdf:RDF>`,
    `</x:xmpmeta>`,
    `<?xpacket end="w"?>`,
  ].join("\n");
}

/** Puts the packet into the catalog's /Metadata, replacing any. */
export function setXmpMetadata(doc: PDFDocument, info: PdfInfo, creatorTool: string, producer: string): void {
  const bytes = new TextEncoder().encode(xmpPacket(info, creatorTool, producer));
  const stream = doc.context.stream(bytes, { Type: "Metadata", Subtype: "XML", Length: bytes.length });
  doc.catalog.set(PDFName.of("Metadata"), doc.context.register(stream));
}
