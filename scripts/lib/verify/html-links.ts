/**
 * Links between documents of one edition (the web page; the EPUB's content documents), followed
 * as a reader's click follows them: the href's file, resolved against the document it is
 * written in, then the element with the fragment's id in that file. Every id of every
 * document read is recorded, so a link can be told apart as leading to a note, to a call,
 * to something else, or nowhere at all.
 */
import { posix } from "node:path";
import type { FollowedLink } from "./edition-types.ts";

/** What an id names: a note (the element or something inside it), a call, or another element. */
export type Anchor = { kind: "note"; index: number } | { kind: "call"; index: number } | { kind: "other" };

export class AnchorIndex {
  private readonly anchors = new Map<string, Anchor>();

  /** Records an id; the first element with an id wins, as in a browser. */
  add(file: string, id: string, anchor: Anchor): void {
    const key = `${file}#${id}`;
    if (!this.anchors.has(key)) this.anchors.set(key, anchor);
  }

  /**
   * Follows `href`, written in `fromFile`; `numberOf` gives the number the reached note or
   * call shows. A missing href, one without a fragment, or one naming no recorded id reaches nothing.
   */
  follow(href: string | undefined, fromFile: string, numberOf: (anchor: Anchor) => number | null | undefined): FollowedLink {
    if (href === undefined || href === "") return { href: "no link", reaches: "nothing" };
    const shown = displayHref(href, fromFile);
    const anchor = this.anchors.get(anchorKey(href, fromFile));
    if (!anchor) return { href: shown, reaches: "nothing" };
    if (anchor.kind === "other") return { href: shown, reaches: "other" };
    return { href: shown, reaches: anchor.kind, number: numberOf(anchor) ?? null, index: anchor.index };
  }
}

/** `file#id` for a link found in `fromFile`; links without a fragment point at no element. */
export function anchorKey(href: string, fromFile: string): string {
  const hash = href.indexOf("#");
  if (hash === -1) return "";
  const path = href.slice(0, hash).replace(/\?.*$/, "");
  const fragment = decoded(href.slice(hash + 1));
  if (path === "") return `${fromFile}#${fragment}`;
  return `${posix.normalize(posix.join(posix.dirname(fromFile), decoded(path)))}#${fragment}`;
}

/** The href as written, naming its file when it names none (`#fn-7` in chapter-02.xhtml → `chapter-02.xhtml#fn-7`). */
export function displayHref(href: string, fromFile: string): string {
  return href.startsWith("#") ? `${posix.basename(fromFile)}${href}` : href;
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    // A malformed escape is kept as written; it will simply match no id.
    return text;
  }
}
