/**
 * Pieces of raw HTML that authors put in Markdown for what they mean, not for their tags:
 * - `<div class="aside">` and `</div>`, each alone on its line, around Markdown: pandoc reads
 *   them as a div whose inside is Markdown (its native_divs), the same as a fenced div. They are
 *   rewritten, line for line, as the fences `::: {.aside}` and `:::` (fenced-divs.ts), so the
 *   inside is read as Markdown, notes and all, and the div keeps its classes, `lang` and `dir`;
 * - `<img src="map.png" alt="…">`, alone on its line or within text: the image it shows, written
 *   `![…](map.png "…")`, so it is vetted and embedded like any other (document/images.ts);
 * - `<a name="install"></a>` (or `id=`), an empty anchor as GitHub and CMS exports hold them: the
 *   anchor `[]{#install}` a link may name (span-attributes.ts), as pandoc reads it.
 * Anything else stays raw HTML, printed as text with its warning (raw-html.ts). Every rewrite
 * keeps the line it is on, so later lines keep their numbers for messages.
 */
import type { Token } from "./markdown-types.ts";
import { parseTag } from "./inline-html.ts";
import { isClassName, isIdName } from "./pandoc-attributes.ts";

const DIV_OPEN = /^(\s*)(<div(?:\s[^<>]*)?>)\s*$/i;
const DIV_CLOSE = /^(\s*)<\/div\s*>\s*$/i;
const IMAGE = /^<img\s[^<>]*>$/i;

/**
 * `source` with its HTML divs, images and empty anchors written as Markdown, or undefined if it has none.
 * `parse` reads a text as markdown-it does: once a div's lines are fences, a picture on a line
 * of its own inside it is a block of its own, found in that text's tokens.
 */
export function htmlAsMarkdown(source: string, parse: (text: string) => Token[]): string | undefined {
  const lines = source.split("\n");
  const tokens = parse(source);
  const divs = rewriteDivs(lines, tokens);
  // Images and anchors stand within lines: each is replaced where it is written on its line.
  const inline = rewriteInline(lines, divs ? parse(lines.join("\n")) : tokens);
  return divs || inline ? lines.join("\n") : undefined;
}

/**
 * Only divs at the top level whose opening and closing lines pair up: one inside a quote or a
 * list item would need its markers kept, and an unpaired one is not what it seems.
 */
function rewriteDivs(lines: string[], tokens: Token[]): boolean {
  const open: Array<{ line: number; fence: string }> = [];
  const pairs: Array<{ line: number; text: string }> = [];
  for (const token of tokens) {
    if (token.type !== "html_block" || token.level !== 0 || !token.map) continue;
    for (let line = token.map[0]; line < token.map[1]; line++) {
      const text = lines[line] ?? "";
      const opening = DIV_OPEN.exec(text);
      if (opening?.[2]) {
        const fence = divFence(opening[2]);
        if (fence) open.push({ line, fence });
        continue;
      }
      if (!DIV_CLOSE.test(text)) continue;
      const opened = open.pop();
      if (!opened) continue;
      pairs.push({ line: opened.line, text: opened.fence }, { line, text: ":::" });
    }
  }
  for (const { line, text } of pairs) lines[line] = text;
  return pairs.length > 0;
}

/** `::: {.a .b lang="fr" dir="rtl"}` for `<div class="a b" lang="fr" dir="rtl">`; other attributes go. */
function divFence(tag: string): string | undefined {
  const parsed = parseTag(tag);
  if (!parsed || parsed.name !== "div") return undefined;
  const parts: string[] = [];
  for (const name of (parsed.attributes.class ?? "").split(/\s+/)) if (isClassName(name)) parts.push(`.${name}`);
  const lang = parsed.attributes.lang;
  if (lang && /^[A-Za-z0-9-]+$/.test(lang)) parts.push(`lang="${lang}"`);
  const dir = parsed.attributes.dir?.toLowerCase();
  if (dir === "rtl" || dir === "ltr") parts.push(`dir="${dir}"`);
  return `::: {${parts.join(" ")}}`;
}

/**
 * Pictures (`<img>` in text, or alone on its line) and empty anchors (`<a name="x"></a>`, on a
 * heading or alone), as markdown-it finds them: what a code span or block shows is no tag.
 */
function rewriteInline(lines: string[], tokens: Token[]): boolean {
  let changed = false;
  const replace = (line: number, written: string, markdown: string | undefined): void => {
    const text = lines[line];
    const at = text?.indexOf(written) ?? -1;
    if (markdown === undefined || text === undefined || at < 0) return;
    lines[line] = text.slice(0, at) + markdown + text.slice(at + written.length);
    changed = true;
  };
  for (const token of tokens) {
    if (token.type === "html_block" && token.map && token.map[1] - token.map[0] === 1 && IMAGE.test(token.content.trim())) {
      replace(token.map[0], token.content.trim(), markdownImage(token.content.trim()));
    }
    let line = token.map?.[0] ?? 0;
    const children = token.children ?? [];
    children.forEach((child, index) => {
      if (child.type === "softbreak" || child.type === "hardbreak") line++;
      if (child.type !== "html_inline") return;
      if (IMAGE.test(child.content)) replace(line, child.content, markdownImage(child.content));
      const close = children[index + 1];
      if (close?.type === "html_inline" && /^<\/a\s*>$/i.test(close.content)) replace(line, child.content + close.content, markdownAnchor(child.content));
    });
  }
  return changed;
}

/** `[]{#x}` for `<a name="x">` or `<a id="x">`, an id an XHTML page may have; undefined for any other tag. */
function markdownAnchor(tag: string): string | undefined {
  const parsed = parseTag(tag);
  const id = parsed?.attributes.name ?? parsed?.attributes.id;
  if (!parsed || parsed.name !== "a" || parsed.attributes.href !== undefined || !id || !isIdName(id)) return undefined;
  return `[]{#${id}}`;
}

/** `![alt](<src> "title")`, or undefined for an image without a source. */
function markdownImage(tag: string): string | undefined {
  const parsed = parseTag(tag);
  const src = parsed?.attributes.src?.trim();
  if (!parsed || parsed.name !== "img" || !src || /[<>\n]/.test(src)) return undefined;
  const alt = escapeMarkdown(parsed.attributes.alt ?? "");
  const title = parsed.attributes.title;
  return `![${alt}](<${src}>${title ? ` "${title.replace(/["\\]/g, "\\$&")}"` : ""})`;
}

/** Alt text is read as Markdown inside the brackets: its punctuation is meant as written. */
function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, " ").replace(/[\\`*_[\]<>!&]/g, "\\$&");
}
