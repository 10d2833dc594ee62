/**
 * citation-js (core with its BibTeX/BibLaTeX and RIS plugins) reads the bibliography formats
 * that are not CSL-JSON and gives CSL-JSON. Loaded only when such a file is read.
 */
import { createRequire } from "node:module";

interface CitationJsCore {
  plugins: { input: { chain(data: string, options: { forceType?: string; target?: string; generateGraph?: boolean }): unknown } };
}

let core: CitationJsCore | undefined;

/** CSL-JSON objects from a text in the format `forceType` names (`@biblatex/text`, `@ris/file`). */
export function convertToCsl(text: string, forceType: string): Array<Record<string, unknown>> {
  if (!core) {
    const require = createRequire(import.meta.url);
    core = require("@citation-js/core") as CitationJsCore;
    require("@citation-js/plugin-bibtex");
    require("@citation-js/plugin-ris");
  }
  const result = core.plugins.input.chain(text, { forceType, target: "@csl/list+object", generateGraph: false });
  return Array.isArray(result) ? (result as Array<Record<string, unknown>>) : [];
}
