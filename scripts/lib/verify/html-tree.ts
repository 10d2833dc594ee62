/**
 * A small, forgiving HTML/XHTML parser: enough to read back the pages our editions write
 * (and hand-edited or slightly broken copies of them) as a tree, without a DOM library.
 * It knows void elements, raw-text elements, comments, CDATA and the few implied end tags
 * (`<p>`, `<li>`, table cells) that matter for the structure we read; stray end tags are
 * ignored and unclosed elements end with their parent, as browsers do.
 */
import { decodeEntities } from "./html-entities.ts";

export interface HtmlElement {
  kind: "element";
  /** Lower-case tag name, prefix kept (`epub:switch`); `#document` for the root. */
  name: string;
  /** Attribute names lower-cased, prefixes kept (`epub:type`); values decoded. */
  attrs: Record<string, string>;
  children: HtmlNode[];
}

export interface HtmlText {
  kind: "text";
  text: string;
}

export type HtmlNode = HtmlElement | HtmlText;

const voidElements = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"]);
const rawTextElements = new Set(["script", "style", "textarea"]);
/** Opening one of these ends an open `<p>`, as the HTML parser does. */
const closesParagraph = new Set([
  "address", "article", "aside", "blockquote", "div", "dl", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6",
  "header", "hr", "main", "nav", "ol", "p", "pre", "section", "table", "ul",
]);

export function parseHtml(source: string): HtmlElement {
  const root: HtmlElement = { kind: "element", name: "#document", attrs: {}, children: [] };
  const open: HtmlElement[] = [root];
  const current = (): HtmlElement => open[open.length - 1] ?? root;
  const addText = (text: string): void => {
    if (text) current().children.push({ kind: "text", text });
  };

  let i = 0;
  while (i < source.length) {
    const lt = source.indexOf("<", i);
    if (lt === -1) {
      addText(decodeEntities(source.slice(i)));
      break;
    }
    addText(decodeEntities(source.slice(i, lt)));
    if (source.startsWith("<!--", lt)) {
      i = skipPast(source, "-->", lt + 4);
    } else if (source.startsWith("<![CDATA[", lt)) {
      const end = source.indexOf("]]>", lt + 9);
      addText(source.slice(lt + 9, end === -1 ? source.length : end));
      i = end === -1 ? source.length : end + 3;
    } else if (source[lt + 1] === "!" || source[lt + 1] === "?") {
      i = skipPast(source, ">", lt + 2);
    } else if (source[lt + 1] === "/") {
      const end = skipPast(source, ">", lt + 2);
      const name = /^[^\s/>]+/.exec(source.slice(lt + 2, end))?.[0]?.toLowerCase();
      if (name) closeElement(open, name);
      i = end;
    } else if (/[A-Za-z]/.test(source[lt + 1] ?? "")) {
      const tag = readStartTag(source, lt);
      i = tag.end;
      impliedEnds(open, tag.name);
      const element: HtmlElement = { kind: "element", name: tag.name, attrs: tag.attrs, children: [] };
      current().children.push(element);
      if (rawTextElements.has(tag.name) && !tag.selfClosing) {
        const close = source.toLowerCase().indexOf(`</${tag.name}`, i);
        const stop = close === -1 ? source.length : close;
        element.children.push({ kind: "text", text: source.slice(i, stop) });
        i = close === -1 ? stop : skipPast(source, ">", close);
      } else if (!tag.selfClosing && !voidElements.has(tag.name)) {
        open.push(element);
      }
    } else {
      addText("<");
      i = lt + 1;
    }
  }
  return root;
}

function skipPast(source: string, marker: string, from: number): number {
  const at = source.indexOf(marker, from);
  return at === -1 ? source.length : at + marker.length;
}

interface StartTag {
  name: string;
  attrs: Record<string, string>;
  selfClosing: boolean;
  end: number;
}

/** Reads `<name attr="v" ...>` starting at `<`, honouring quotes that contain `>`. */
function readStartTag(source: string, lt: number): StartTag {
  let i = lt + 1;
  while (i < source.length && !/[\s/>]/.test(source[i] ?? "")) i++;
  const name = source.slice(lt + 1, i).toLowerCase();
  const attrs: Record<string, string> = {};
  let selfClosing = false;
  while (i < source.length) {
    const ch = source[i] ?? "";
    if (ch === ">") return { name, attrs, selfClosing, end: i + 1 };
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === "/") {
      selfClosing = source[i + 1] === ">";
      i++;
      continue;
    }
    const nameStart = i;
    while (i < source.length && !/[\s=/>]/.test(source[i] ?? "")) i++;
    const attrName = source.slice(nameStart, i).toLowerCase();
    while (/\s/.test(source[i] ?? "")) i++;
    let value = "";
    if (source[i] === "=") {
      i++;
      while (/\s/.test(source[i] ?? "")) i++;
      const quote = source[i];
      if (quote === '"' || quote === "'") {
        const close = source.indexOf(quote, i + 1);
        const stop = close === -1 ? source.length : close;
        value = source.slice(i + 1, stop);
        i = stop + 1;
      } else {
        const valueStart = i;
        while (i < source.length && !/[\s>]/.test(source[i] ?? "")) i++;
        value = source.slice(valueStart, i);
      }
    }
    if (attrName && !(attrName in attrs)) attrs[attrName] = decodeEntities(value);
  }
  return { name, attrs, selfClosing, end: source.length };
}

/** Closes the nearest open element of that name; an end tag with nothing to close is ignored. */
function closeElement(open: HtmlElement[], name: string): void {
  for (let depth = open.length - 1; depth > 0; depth--) {
    if (open[depth]?.name === name) {
      open.length = depth;
      return;
    }
  }
}

/** The end tags HTML lets authors leave out, for the elements whose nesting we rely on. */
function impliedEnds(open: HtmlElement[], opening: string): void {
  const top = open[open.length - 1]?.name;
  if (top === "p" && closesParagraph.has(opening)) open.pop();
  if (opening === "li") closeWithin(open, ["li"], ["ul", "ol"]);
  if (opening === "td" || opening === "th") closeWithin(open, ["td", "th"], ["tr", "table"]);
  if (opening === "tr") closeWithin(open, ["tr"], ["table", "thead", "tbody", "tfoot"]);
}

function closeWithin(open: HtmlElement[], names: string[], boundaries: string[]): void {
  for (let depth = open.length - 1; depth > 0; depth--) {
    const name = open[depth]?.name ?? "";
    if (boundaries.includes(name)) return;
    if (names.includes(name)) {
      open.length = depth;
      return;
    }
  }
}

/** Every element below `node`, in document order. */
export function* descendants(node: HtmlElement): Generator<HtmlElement> {
  for (const child of node.children) {
    if (child.kind !== "element") continue;
    yield child;
    yield* descendants(child);
  }
}
