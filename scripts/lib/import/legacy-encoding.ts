/**
 * Bytes of a legacy file into text, refusing anything that is not UTF-8.
 *
 * Legacy exports are often Windows-1252 or UTF-16; decoding them leniently would put U+FFFD
 * into published notes, so every bad line is reported instead (up to a limit, as a Latin-1
 * file would otherwise produce one diagnostic per accented line).
 */

import type { Diagnostic } from "../errors.ts";

const MAX_REPORTED_LINES = 10;

export interface DecodedText {
  text: string;
  diagnostics: Diagnostic[];
}

export function decodeLegacyBytes(bytes: Uint8Array, file: string): DecodedText {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return {
      text: "",
      diagnostics: [{ severity: "error", code: "legacy-encoding", message: "file is UTF-16; save it as UTF-8", location: { file, line: 1 } }],
    };
  }
  try {
    // The default `ignoreBOM: false` strips a UTF-8 byte order mark.
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), diagnostics: [] };
  } catch {
    // Reported below, line by line.
  }

  const diagnostics: Diagnostic[] = [];
  let badLines = 0;
  let line = 1;
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index] ?? 0;
    // Lines are counted the way the importer splits them: \r\n, \r or \n.
    if (byte === 0x0a || byte === 0x0d) {
      index += byte === 0x0d && bytes[index + 1] === 0x0a ? 2 : 1;
      line++;
      continue;
    }
    const length = utf8SequenceLength(bytes, index);
    if (length > 0) {
      index += length;
      continue;
    }
    badLines++;
    if (badLines <= MAX_REPORTED_LINES) {
      diagnostics.push({
        severity: "error",
        code: "legacy-encoding",
        message: `invalid UTF-8 byte 0x${byte.toString(16).toUpperCase().padStart(2, "0")}; save the file as UTF-8`,
        location: { file, line },
      });
    }
    // One report per line: skip to its end.
    while (index < bytes.length && bytes[index] !== 0x0a && bytes[index] !== 0x0d) index++;
  }
  if (badLines > MAX_REPORTED_LINES) {
    diagnostics.push({
      severity: "error",
      code: "legacy-encoding",
      message: `${badLines - MAX_REPORTED_LINES} more lines have invalid UTF-8 bytes`,
      location: { file },
    });
  }
  return { text: new TextDecoder("utf-8").decode(bytes), diagnostics };
}

/** Length of the well-formed UTF-8 sequence at `index`, or 0 (overlongs and surrogates are ill-formed). */
function utf8SequenceLength(bytes: Uint8Array, index: number): number {
  const lead = bytes[index] ?? 0;
  if (lead < 0x80) return 1;
  let length: number;
  if (lead >= 0xc2 && lead <= 0xdf) length = 2;
  else if (lead >= 0xe0 && lead <= 0xef) length = 3;
  else if (lead >= 0xf0 && lead <= 0xf4) length = 4;
  else return 0;
  for (let k = 1; k < length; k++) {
    const next = bytes[index + k];
    let low = 0x80;
    let high = 0xbf;
    if (k === 1) {
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    }
    if (next === undefined || next < low || next > high) return 0;
  }
  return length;
}
