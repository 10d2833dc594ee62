/**
 * The citation style an article asks for with `csl:`: a bundled style by name, or a CSL file
 * beside the article (read under the containment rule of its images). Without `csl:`, the
 * bundled Chicago full-note style with "Ibid.". The locales come from the repository too
 * (styles/csl/locales-*.xml): nothing is fetched.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, extname, join, resolve } from "node:path";
import { ContentError, type SourceLocation } from "../errors.ts";
import { readContainedFile } from "../files/contained-path.ts";
import { decodeUtf8 } from "../files/read-source.ts";
import { stylesDir } from "../project-paths.ts";
import { Parser } from "htmlparser2";

export const cslDir = join(stylesDir, "csl");
export const defaultStyleName = "chicago-fullnote-bibliography-with-ibid";

export function bundledStyleNames(): string[] {
  return readdirSync(cslDir).filter((name) => name.endsWith(".csl")).map((name) => name.slice(0, -4)).sort();
}

export interface CitationStyle {
  /** The name as written (or the default's). */
  name: string;
  xml: string;
}

/** The style's XML; a missing or unusable file is one line naming the `csl:` field. */
export function readCitationStyle(written: string | undefined, articleFile: string, at: SourceLocation): CitationStyle {
  const name = written ?? defaultStyleName;
  const bundled = bundledStyleNames();
  if (bundled.includes(name)) return { name, xml: readFileSync(join(cslDir, `${name}.csl`), "utf8") };
  if (extname(name).toLowerCase() !== ".csl") {
    throw new ContentError(`citation style "${name}" is neither a bundled style (${bundled.join(", ")}) nor a .csl file`, { code: "csl-missing", location: at });
  }
  const read = readContainedFile(dirname(resolve(articleFile)), name, { what: "citation style", name, maxBytes: 8 * 1024 * 1024 });
  if (!read.ok) {
    const message = read.reason === "missing" ? `citation style "${name}" not found (bundled styles: ${bundled.join(", ")})` : read.message;
    throw new ContentError(message, { code: "csl-missing", location: at });
  }
  const xml = decodeUtf8(read.bytes, join(dirname(articleFile), name));
  if (styleRoot(xml)?.xmlns !== "http://purl.org/net/xbiblio/csl") {
    throw new ContentError(`citation style "${name}" is not a CSL style (no <style xmlns="http://purl.org/net/xbiblio/csl">)`, { code: "csl-invalid", location: at });
  }
  const undefinedMacro = undefinedMacros(xml)[0];
  if (undefinedMacro) {
    // citeproc prints nothing where such a macro is called: a bibliography of empty entries, dropped without a word.
    throw new ContentError(`citation style "${name}" calls the macro "${undefinedMacro}", which it does not define (no <macro name="${undefinedMacro}">)`, { code: "csl-invalid", location: at });
  }
  return { name, xml };
}

/** The macros a style calls (`<text macro="…">`, `<key macro="…">`) and never defines, in the order first called. */
export function undefinedMacros(xml: string): string[] {
  const defined = new Set<string>();
  const called: string[] = [];
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === "macro" && attribs.name !== undefined) defined.add(attribs.name);
        else if (attribs.macro !== undefined && !called.includes(attribs.macro)) called.push(attribs.macro);
      },
    },
    { xmlMode: true },
  );
  parser.end(xml);
  return called.filter((macro) => !defined.has(macro));
}

/** Shipped locales by tag (`en-US`), read once. */
let locales: Map<string, string> | undefined;
export function shippedLocales(): ReadonlyMap<string, string> {
  locales ??= new Map(
    readdirSync(cslDir)
      .filter((name) => /^locales-.+\.xml$/.test(name))
      .map((name): [string, string] => [name.slice("locales-".length, -".xml".length), readFileSync(join(cslDir, name), "utf8")]),
  );
  return locales;
}

/**
 * The attributes of a CSL file's root `<style>` element, read by an XML parser; undefined when
 * the root is something else. The parser stops at the first element: the root's attributes are
 * all that is asked, and a style runs to thousands of lines.
 */
export function styleRoot(xml: string): Record<string, string> | undefined {
  let root: { name: string; attribs: Record<string, string> } | undefined;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        root ??= { name, attribs };
        parser.pause();
      },
    },
    { xmlMode: true },
  );
  parser.write(xml);
  return root?.name === "style" ? root.attribs : undefined;
}
