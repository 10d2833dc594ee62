/**
 * What a heading's bookmark reads. Chromium titles a bookmark with what the heading prints, so
 * a heading that calls a note ("The delta[^1]", a chapter's title with a note on where it was
 * first published) came out as "The delta1". The bookmark is the heading's text alone; the
 * forms it may have been printed in let pdf-outline.ts find it.
 */
import type { Article } from "../../document/article.ts";
import type { Heading } from "../../markdown/heading-ids.ts";
import { metaOf, type Token } from "../../markdown/markdown-types.ts";

export type HeadingBookmark = string | { text: string; printed: string[] };

export function headingBookmark(article: Article, heading: Heading): HeadingBookmark {
  const children = article.tokens[heading.tokenIndex + 1]?.children ?? [];
  if (!children.some((child) => child.type === "footnote_ref")) return heading.text;
  // The commas between adjacent calls are marked as no text, and a bookmark may leave them out.
  return { text: heading.text, printed: [printedWith(children, ","), printedWith(children, "")] };
}

/** The heading's text with each call's printed number in its place, adjacent calls parted by `separator`. */
function printedWith(children: readonly Token[], separator: string): string {
  let text = "";
  let afterCall = false;
  for (const child of children) {
    if (child.type === "footnote_ref") {
      text += `${afterCall ? separator : ""}${String(metaOf(child).number ?? "")}`;
      afterCall = true;
      continue;
    }
    if (child.type === "text" || child.type === "code_inline") text += child.content;
    else if (child.type === "softbreak" || child.type === "hardbreak") text += " ";
    if (child.content || child.type.endsWith("break")) afterCall = false;
  }
  return text;
}
