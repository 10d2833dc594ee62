/**
 * Addresses Markdown will not link. markdown-it (as browsers advise) makes no link or image of a
 * `javascript:`, `vbscript:`, `file:` or `data:` address (but a picture's `data:image/…`): the
 * whole `[text](file:///…)` is then printed as text, brackets and all, with nothing said. Every
 * one is reported with its file and line: a link printed as text is a warning; a picture that
 * would not be shown is an error, as a picture outside the article's folder is.
 */
import type { Diagnostic } from "../errors.ts";
import type { Token } from "../markdown/markdown-types.ts";
import type { FragmentLinkSource } from "./fragment-links.ts";

/** `](address` left in a text: a link or image markdown-it refused, its address a scheme it never links. */
const refusedTarget = /(!?)\[[^\]]*\]\(\s*<?((?:javascript|vbscript|file|data):[^\s)>]*)/gi;

/** One diagnostic per refused address in the text of `tokens`, on its own line. */
export function refusedAddresses(tokens: readonly Token[], source: FragmentLinkSource): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const block of tokens) {
    if (!block.children) continue;
    let breaks = 0;
    for (const child of block.children) {
      if (child.type === "softbreak" || child.type === "hardbreak") breaks++;
      if (child.type !== "text") continue;
      for (const match of child.content.matchAll(refusedTarget)) {
        const { file, line } = source.locate(block);
        const address = match[2] ?? "";
        found.push(
          match[1]
            ? { severity: "error", code: "image", message: unshownPicture(address), location: { file, line: line + breaks } }
            : { severity: "warning", code: "link-refused", message: `the link to "${shownAddress(address)}" is printed as text, brackets and all: Markdown links no ${schemeOf(address)} address`, location: { file, line: line + breaks } },
        );
      }
    }
  }
  return found;
}

/**
 * The longest address a link keeps: twice what sitemaps and most servers take (2,048). The PDF
 * repeats a link's address in each piece of it, line by line: a link to an address of 50,000
 * characters made a PDF of hundreds of megabytes, and the build ran out of memory.
 */
export const maxLinkAddress = 4096;

/** Takes the link off every address longer than maxLinkAddress, its text kept; one warning each. */
export function unlinkOverlongAddresses(tokens: readonly Token[], source: FragmentLinkSource): Diagnostic[] {
  return unlinkWhere(tokens, source, (href) =>
    href.length <= maxLinkAddress
      ? undefined
      : {
          code: "link-too-long",
          message: `the link to "${shownAddress(href)}" is ${href.length.toLocaleString("en-US")} characters long, more than the ${maxLinkAddress.toLocaleString("en-US")} a link may have: its text is printed without the link`,
        },
  );
}

/** An address with a scheme (`https:`, `mailto:`), or a host of its own (`//example.org/`). */
const elsewhere = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/*
 * A link to a file beside the article (`[the data](data.csv)`, `../notes.txt`) leads nowhere in
 * any edition: no edition publishes the file, the PDF would send the reader to an address that
 * exists only inside the build, and EPUBCheck refuses an e-book linking to a file it does not
 * hold. The text is printed without the link, and the author told to link the file's
 * published address. Links within the text (`#methods`) are fragment-links.ts's.
 */
export function unlinkLocalAddresses(tokens: readonly Token[], source: FragmentLinkSource): Diagnostic[] {
  return unlinkWhere(tokens, source, (href) =>
    href === "" || href.startsWith("#") || elsewhere.test(href)
      ? undefined
      : {
          code: "link-local",
          message: `the link to "${shownAddress(href)}" leads to a file no edition publishes: its text is printed without the link; link the file's published address (https://…) instead`,
        },
  );
}

/** Takes the link off every address `problem` finds one in, its text kept; one warning each, at the link's line. */
function unlinkWhere(tokens: readonly Token[], source: FragmentLinkSource, problem: (href: string) => { code: string; message: string } | undefined): Diagnostic[] {
  const warnings: Diagnostic[] = [];
  for (const block of tokens) {
    const children = block.children;
    if (!children) continue;
    let breaks = 0;
    for (let i = 0; i < children.length; i++) {
      const token = children[i]!;
      if (token.type === "softbreak" || token.type === "hardbreak") breaks++;
      const found = token.type === "link_open" ? problem(String(token.attrGet("href") ?? "")) : undefined;
      if (!found) continue;
      let depth = 0;
      const close = children.findIndex((other, j) => j > i && (other.type === "link_open" ? (depth++, false) : other.type === "link_close" && depth-- === 0));
      if (close > i) children.splice(close, 1);
      children.splice(i, 1);
      i--;
      const { file, line } = source.locate(block);
      warnings.push({ severity: "warning", ...found, location: { file, line: line + breaks } });
    }
  }
  return warnings;
}

/** An address as a message shows it: a data: URL holds a whole picture, tens of thousands of characters. */
export function shownAddress(address: string): string {
  return address.length > 80 ? `${address.slice(0, 60)}…` : address;
}

/** `file:`, as the address writes its scheme, in lower case. */
const schemeOf = (address: string): string => address.slice(0, address.indexOf(":") + 1).toLowerCase();

/** Why a picture at a `file:` address (or another scheme no edition reads from) is refused. */
export function unshownPicture(address: string): string {
  return `image "${shownAddress(address)}" is a ${schemeOf(address)} address, which no edition shows; save the picture in the article's folder and link it by a relative path`;
}
