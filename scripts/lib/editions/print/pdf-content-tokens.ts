/**
 * Splits a PDF content stream into
 * operations: each operator with the operands before it, as byte ranges of the stream, so a
 * rewrite can insert marked-content operators between operations and copy every operation's
 * bytes unchanged. Neither pdf-lib nor MuPDF's JavaScript binding exposes a content-stream
 * parser; this one knows the lexical rules of ISO 32000-1 7.2 and 7.3 (strings with nested
 * parentheses and escapes, hex strings, names, arrays, dictionaries, comments) and refuses
 * what it cannot copy safely (an inline image, an unbalanced string or dictionary).
 */
import { RenderError } from "../../errors.ts";

export type Operand =
  | { kind: "number"; value: number }
  | { kind: "name"; value: string }
  | { kind: "string"; bytes: Uint8Array }
  | { kind: "array"; items: Operand[] }
  | { kind: "dict"; entries: Map<string, Operand> }
  | { kind: "keyword"; value: string };

/** Character classes of ISO 32000-1 7.2.2, one entry per byte: 1 whitespace, 2 delimiter, 0 regular. */
const byteClass = new Uint8Array(256);
for (const byte of [0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]) byteClass[byte] = 1;
for (const byte of [0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]) byteClass[byte] = 2;
const isWhitespace = (byte: number): boolean => byteClass[byte] === 1;
const isRegular = (byte: number): boolean => byteClass[byte] === 0;
const hexValue = (byte: number): number => (byte >= 0x30 && byte <= 0x39 ? byte - 0x30 : byte >= 0x41 && byte <= 0x46 ? byte - 0x37 : byte >= 0x61 && byte <= 0x66 ? byte - 0x57 : -1);

function latin1(bytes: Uint8Array, start: number, end: number): string {
  let text = "";
  for (let at = start; at < end; at++) text += String.fromCharCode(bytes[at] as number);
  return text;
}

/**
 * The number a word spells (7.3.3: a sign, digits, at most one point), or NaN when it is no
 * number and so an operator. Read from the bytes: most operands of a page are numbers.
 */
function numberIn(bytes: Uint8Array, start: number, end: number): number {
  let at = start;
  const sign = bytes[at] === 0x2d ? -1 : 1;
  if (bytes[at] === 0x2d || bytes[at] === 0x2b) at++;
  let value = 0;
  let scale = 0;
  let digits = 0;
  for (; at < end; at++) {
    const byte = bytes[at] as number;
    if (byte >= 0x30 && byte <= 0x39) {
      value = value * 10 + (byte - 0x30);
      if (scale) scale *= 10;
      digits++;
    } else if (byte === 0x2e && !scale) scale = 1;
    else return Number.NaN;
  }
  if (!digits) return Number.NaN;
  return (sign * value) / (scale || 1);
}

function refuse(reason: string, at: number): never {
  throw new RenderError(`cannot read a PDF content stream: ${reason} at byte ${at}`, { code: "pdf-content-syntax" });
}

class Lexer {
  at = 0;
  constructor(private readonly bytes: Uint8Array) {}

  skipSpace(): void {
    const bytes = this.bytes;
    while (this.at < bytes.length) {
      const byte = bytes[this.at] as number;
      if (isWhitespace(byte)) this.at++;
      else if (byte === 0x25) while (this.at < bytes.length && bytes[this.at] !== 0x0a && bytes[this.at] !== 0x0d) this.at++;
      else break;
    }
  }

  /** The next object or operator; undefined at the end of the stream. */
  next(): Operand | undefined {
    this.skipSpace();
    const bytes = this.bytes;
    if (this.at >= bytes.length) return undefined;
    const byte = bytes[this.at] as number;
    if (byte === 0x28) return this.literalString();
    if (byte === 0x3c) {
      if (bytes[this.at + 1] === 0x3c) return this.dictionary();
      return this.hexString();
    }
    if (byte === 0x5b) return this.array();
    if (byte === 0x2f) {
      this.at++;
      return { kind: "name", value: decodeName(this.regularRun()) };
    }
    if (byte === 0x29 || byte === 0x3e || byte === 0x5d || byte === 0x7b || byte === 0x7d) refuse(`unexpected "${String.fromCharCode(byte)}"`, this.at);
    const start = this.at;
    while (this.at < bytes.length && isRegular(bytes[this.at] as number)) this.at++;
    if (this.at === start) refuse("an empty token", this.at);
    const number = numberIn(bytes, start, this.at);
    return Number.isNaN(number) ? { kind: "keyword", value: latin1(bytes, start, this.at) } : { kind: "number", value: number };
  }

  private regularRun(): string {
    const start = this.at;
    while (this.at < this.bytes.length && isRegular(this.bytes[this.at] as number)) this.at++;
    return latin1(this.bytes, start, this.at);
  }

  private literalString(): Operand {
    const bytes = this.bytes;
    const start = this.at;
    const out: number[] = [];
    let depth = 0;
    this.at++;
    while (this.at < bytes.length) {
      const byte = bytes[this.at++] as number;
      if (byte === 0x5c) {
        const escaped = bytes[this.at++];
        if (escaped === undefined) break;
        const simple: Record<number, number> = { 0x6e: 0x0a, 0x72: 0x0d, 0x74: 0x09, 0x62: 0x08, 0x66: 0x0c, 0x28: 0x28, 0x29: 0x29, 0x5c: 0x5c };
        if (simple[escaped] !== undefined) out.push(simple[escaped] as number);
        else if (escaped >= 0x30 && escaped <= 0x37) {
          let octal = escaped - 0x30;
          for (let i = 0; i < 2 && (bytes[this.at] ?? 0) >= 0x30 && (bytes[this.at] ?? 0) <= 0x37; i++) octal = octal * 8 + ((bytes[this.at++] as number) - 0x30);
          out.push(octal & 0xff);
        } else if (escaped === 0x0d) {
          if (bytes[this.at] === 0x0a) this.at++;
        } else if (escaped !== 0x0a) out.push(escaped);
        continue;
      }
      if (byte === 0x28) depth++;
      if (byte === 0x29 && depth-- === 0) return { kind: "string", bytes: Uint8Array.from(out) };
      out.push(byte);
    }
    return refuse("a string that never ends", start);
  }

  private hexString(): Operand {
    const start = this.at;
    const out: number[] = [];
    let high = -1;
    for (this.at++; this.at < this.bytes.length; this.at++) {
      const byte = this.bytes[this.at] as number;
      if (byte === 0x3e) {
        this.at++;
        if (high !== -1) out.push(high << 4);
        return { kind: "string", bytes: Uint8Array.from(out) };
      }
      if (isWhitespace(byte)) continue;
      const value = hexValue(byte);
      if (value === -1) refuse("a hex string with other characters", start);
      if (high === -1) high = value;
      else {
        out.push((high << 4) | value);
        high = -1;
      }
    }
    return refuse("a hex string that never ends", start);
  }

  private array(): Operand {
    const start = this.at++;
    const items: Operand[] = [];
    for (;;) {
      this.skipSpace();
      if (this.at >= this.bytes.length) refuse("an array that never ends", start);
      if (this.bytes[this.at] === 0x5d) {
        this.at++;
        return { kind: "array", items };
      }
      const item = this.next();
      if (!item) refuse("an array that never ends", start);
      items.push(item);
    }
  }

  private dictionary(): Operand {
    const start = this.at;
    this.at += 2;
    const entries = new Map<string, Operand>();
    for (;;) {
      this.skipSpace();
      if (this.bytes[this.at] === 0x3e && this.bytes[this.at + 1] === 0x3e) {
        this.at += 2;
        return { kind: "dict", entries };
      }
      const key = this.next();
      if (!key) refuse("a dictionary that never ends", start);
      if (key.kind !== "name") refuse("a dictionary key that is not a name", this.at);
      const value = this.next();
      if (!value) refuse("a dictionary that never ends", start);
      entries.set(key.value, value);
    }
  }
}

function decodeName(raw: string): string {
  return raw.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * One operation of a content stream. Its operands are read only when asked for: a page has
 * thousands of operations, and the print edition looks at the operands of a few kinds only.
 */
export class Operation {
  private read: Operand[] | undefined;
  constructor(
    private readonly bytes: Uint8Array,
    readonly operator: string,
    /** Byte range of the operation in the stream, operands included: [start, end). */
    readonly start: number,
    readonly end: number,
  ) {}

  get operands(): Operand[] {
    if (this.read) return this.read;
    const lexer = new Lexer(this.bytes.subarray(this.start, this.end));
    const operands: Operand[] = [];
    for (let token = lexer.next(); token && token.kind !== "keyword"; token = lexer.next()) operands.push(token);
    return (this.read = operands);
  }
}

/** Operators are few and short: each spelling is made into a string once. */
const operatorNames = new Map<number, string>();

function operatorName(bytes: Uint8Array, start: number, end: number): string {
  // Up to four bytes fit in one number key; longer words (CMap keywords) are rare.
  if (end - start > 4) return String.fromCharCode(...bytes.subarray(start, end));
  let key = end - start;
  for (let i = start; i < end; i++) key = key * 256 + (bytes[i] as number);
  let name = operatorNames.get(key);
  if (name === undefined) operatorNames.set(key, (name = String.fromCharCode(...bytes.subarray(start, end))));
  return name;
}

/**
 * The operations of a content stream, in order, each with its byte range. The stream is
 * scanned for operators without building its operands (see Operation), under the same
 * lexical rules and refusals as the Lexer.
 */
export function contentOperations(bytes: Uint8Array): Operation[] {
  const operations: Operation[] = [];
  const length = bytes.length;
  /** Open arrays and dictionaries: inside them a word is a value, never an operator. */
  const nesting: number[] = [];
  let start = -1;
  let at = 0;
  while (at < length) {
    const byte = bytes[at] as number;
    const kind = byteClass[byte];
    if (kind === 1) {
      at++;
      continue;
    }
    if (byte === 0x25) {
      while (at < length && bytes[at] !== 0x0a && bytes[at] !== 0x0d) at++;
      continue;
    }
    if (start === -1) start = at;
    if (byte === 0x28) {
      at = literalStringEnd(bytes, at);
      continue;
    }
    if (byte === 0x3c) {
      if (bytes[at + 1] === 0x3c) {
        nesting.push(0x3e);
        at += 2;
      } else at = hexStringEnd(bytes, at);
      continue;
    }
    if (byte === 0x3e) {
      if (bytes[at + 1] !== 0x3e || nesting.pop() !== 0x3e) refuse(`unexpected ">"`, at);
      at += 2;
      continue;
    }
    if (byte === 0x5b) {
      nesting.push(0x5d);
      at++;
      continue;
    }
    if (byte === 0x5d) {
      if (nesting.pop() !== 0x5d) refuse(`unexpected "]"`, at);
      at++;
      continue;
    }
    if (byte === 0x2f) {
      at++;
      while (at < length && isRegular(bytes[at] as number)) at++;
      continue;
    }
    if (kind === 2) refuse(`unexpected "${String.fromCharCode(byte)}"`, at);
    const wordStart = at;
    while (at < length && isRegular(bytes[at] as number)) at++;
    // Numbers start with a digit, a sign or a point (7.3.3); anything else is an operator.
    const numeric = (byte >= 0x30 && byte <= 0x39) || byte === 0x2b || byte === 0x2d || byte === 0x2e;
    if (numeric || nesting.length > 0) continue;
    const operator = operatorName(bytes, wordStart, at);
    if (operator === "BI") refuse("an inline image", start);
    operations.push(new Operation(bytes, operator, start, at));
    start = -1;
  }
  if (nesting.length > 0) refuse(nesting[nesting.length - 1] === 0x5d ? "an array that never ends" : "a dictionary that never ends", start);
  if (start !== -1) refuse("operands with no operator", start);
  return operations;
}

/** Where the literal string opening at `open` ends (after its closing parenthesis). */
function literalStringEnd(bytes: Uint8Array, open: number): number {
  let depth = 0;
  for (let at = open + 1; at < bytes.length; at++) {
    const byte = bytes[at];
    if (byte === 0x5c) at++;
    else if (byte === 0x28) depth++;
    else if (byte === 0x29 && depth-- === 0) return at + 1;
  }
  return refuse("a string that never ends", open);
}

/** Where the hex string opening at `open` ends (after its ">"). */
function hexStringEnd(bytes: Uint8Array, open: number): number {
  for (let at = open + 1; at < bytes.length; at++) {
    const byte = bytes[at] as number;
    if (byte === 0x3e) return at + 1;
    if (!isWhitespace(byte) && hexValue(byte) === -1) refuse("a hex string with other characters", open);
  }
  return refuse("a hex string that never ends", open);
}

/** A PDF text string's bytes as text: UTF-16BE with its byte order mark, else PDFDocEncoding's Latin subset. */
export function decodeTextString(bytes: Uint8Array): string {
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    let text = "";
    for (let i = 2; i + 1 < bytes.length; i += 2) text += String.fromCharCode(((bytes[i] as number) << 8) | (bytes[i + 1] as number));
    return text;
  }
  return String.fromCharCode(...bytes);
}

/** The glyph codes (two bytes each, as Chromium's Identity-H fonts have them) a text-showing operation draws. */
export function glyphCodes(operands: Operand[]): number[] {
  const codes: number[] = [];
  for (const operand of operands) {
    if (operand.kind === "string") pushCodes(operand.bytes, codes);
    else if (operand.kind === "array") for (const item of operand.items) if (item.kind === "string") pushCodes(item.bytes, codes);
  }
  return codes;
}

function pushCodes(bytes: Uint8Array, codes: number[]): void {
  for (let i = 0; i + 1 < bytes.length; i += 2) codes.push(((bytes[i] as number) << 8) | (bytes[i + 1] as number));
}
