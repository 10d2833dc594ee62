/**
 * Rendered HTML made safe to ship as XHTML inside an EPUB (see xhtml-dom.ts): named entities
 * become characters, stray `&` and `<` are escaped, void elements are closed, attributes are
 * quoted, characters XML forbids are dropped, and elements left open or crossed are closed
 * the way a browser reads them.
 */
import { parseHtmlFragment, serializeXhtml } from "./xhtml-dom.ts";

export function toXhtml(html: string): string {
  return serializeXhtml(parseHtmlFragment(html));
}
