/**
 * Named destinations spelled in ASCII. An id of ASCII characters is its own name; any other id
 * is "~" followed by its UTF-8 bytes, each byte outside letters, digits, "-" and "_" written as
 * "." and two hex digits ("~.D0.B2.D1.8B.D0.B2.D0.BE.D0.B4" for вывод). Names of that form are
 * read back into their ids by destinationId, so a link's text can name its target.
 */
const plainByte = /[A-Za-z0-9_-]/;

export function destinationNameText(id: string): string {
  if (/^[\x21-\x7E]*$/.test(id) && !id.startsWith("~")) return id;
  let name = "~";
  for (const byte of Buffer.from(id, "utf8")) {
    const char = String.fromCharCode(byte);
    name += byte < 0x80 && plainByte.test(char) ? char : `.${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return name;
}

/** The id a destination name stands for (the name itself unless it is of the "~" form above). */
export function destinationId(name: string): string {
  if (!name.startsWith("~")) return name;
  const bytes: number[] = [];
  for (let index = 1; index < name.length; index++) {
    const hex = name[index] === "." ? name.slice(index + 1, index + 3) : undefined;
    if (hex !== undefined && /^[0-9A-F]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      index += 2;
    } else {
      bytes.push(name.charCodeAt(index));
    }
  }
  return Buffer.from(bytes).toString("utf8");
}
