/**
 * Everything the citation rules need for one article, prepared before its Markdown is parsed
 * (markdown-it's rules are synchronous): its works by key, the style's processor, and whether
 * the style puts citations in notes. markdown-it finds it in env.citations.
 */
import { createHash } from "node:crypto";
import type { SourceLocation } from "../errors.ts";
import { ContentError } from "../errors.ts";
import { readBibliographies } from "./bibliography-files.ts";
import type { BibliographyEntry } from "./csl-item.ts";
import { createProcessor, type CslEngine } from "./csl-processor.ts";
import { readCitationStyle, shippedLocales, styleRoot } from "./csl-style.ts";

export interface CitationContext {
  entries: ReadonlyMap<string, BibliographyEntry>;
  /** The style's processor, made on first use: an article whose citations are cached never makes one. */
  engine(): CslEngine;
  /** True for note styles (Chicago notes): citations in the text become footnotes. */
  noteStyle: boolean;
  styleName: string;
  /** What the citations are made from (bibliography files, style), as one hash: part of the article's inputs. */
  inputsHash: string;
  /** The document's language: the bibliography's heading is written in it (edition-words.ts). */
  lang: string;
}

export interface CitationEnv {
  citations?: CitationContext;
}

export interface CitationSettings {
  bibliography: readonly string[];
  csl?: string;
  lang: string;
  /** Lines of the `bibliography:` and `csl:` fields, for messages. */
  bibliographyLine: number;
  cslLine: number;
  /** The folder the bibliography files must be inside, as messages name it (a book's; the article's by default). */
  folderName?: string;
}

export function prepareCitations(settings: CitationSettings, articleFile: string): CitationContext {
  const { entries, hash } = readBibliographies(settings.bibliography, articleFile, settings.bibliographyLine, settings.folderName);
  const styleAt: SourceLocation = { file: articleFile, line: settings.cslLine };
  const style = readCitationStyle(settings.csl, articleFile, styleAt);
  let engine: CslEngine | undefined;
  const makeEngine = (): CslEngine => {
    try {
      engine ??= createProcessor({ styleXml: style.xml, locales: shippedLocales(), items: new Map([...entries].map(([key, entry]) => [key, entry.item])), lang: settings.lang });
      return engine;
    } catch (error) {
      throw new ContentError(`citation style "${style.name}" cannot be used: ${String((error as Error).message ?? error).split("\n")[0]}`, { code: "csl-invalid", location: styleAt, cause: error });
    }
  };
  const inputsHash = createHash("sha256").update(hash).update(style.xml).update(settings.lang).digest("hex");
  return { entries, engine: makeEngine, noteStyle: styleClass(style.xml) === "note", styleName: style.name, inputsHash, lang: settings.lang };
}

/** The `class` of the style's root element: "note" or "in-text" (CSL 1.0, required). */
function styleClass(xml: string): string | undefined {
  return styleRoot(xml)?.class;
}
