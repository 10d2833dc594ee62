/** What every render of the web edition asks for, besides its note renderer. */
import type { RenderOptions } from "../../engine/render.ts";
import { editionWords } from "../../language/edition-words.ts";

/** Tables that scroll on their own on a narrow screen, named in the article's language (markdown/scrolling-tables.ts). */
export function webRenderOptions(lang: string): RenderOptions {
  return { tableRegionName: editionWords(lang).crossrefs.tableCaption };
}
