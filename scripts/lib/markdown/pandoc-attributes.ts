/**
 * pandoc's attribute block, `{#id .class key=value}`, as fenced divs (`::: {.aside lang=de}`)
 * and bracketed spans (`[Small caps]{.smallcaps}`) carry it. One reader for both, so a div and
 * a span written with the same braces mean the same thing.
 */
import { canonicalLanguageTag } from "./script-runs.ts";

export interface PandocAttributes {
  /** As written, when it is a name an XHTML id may be (EPUBCheck refuses others). */
  id?: string;
  classes: string[];
  /** As written; canonical when `langValid`. */
  lang?: string;
  langValid?: boolean;
  dir?: "rtl" | "ltr";
  /** Whether the braces held anything this reader understood. */
  understood: boolean;
}

const CLASS_NAME = /^[A-Za-z][\w-]*$/;
/** An XML name without colons: an id valid in HTML and in the EPUB's XHTML alike. */
const ID_NAME = /^[\p{L}_][\p{L}\p{N}_.-]*$/u;
const PARTS = /[^\s"'=]+(?:=(?:"[^"]*"|'[^']*'|[^\s"']*))?/g;

/** Whether `id` may be an element's id in the web page and the EPUB's XHTML alike. */
export function isIdName(id: string): boolean {
  return ID_NAME.test(id);
}

export function isClassName(name: string): boolean {
  return CLASS_NAME.test(name);
}

/** The attributes between the braces of `{…}` (the braces excluded). */
export function parsePandocAttributes(inner: string): PandocAttributes {
  const attributes: PandocAttributes = { classes: [], understood: false };
  for (const part of inner.match(PARTS) ?? []) {
    if (part.startsWith(".")) {
      const name = part.slice(1);
      if (!CLASS_NAME.test(name)) continue;
      attributes.classes.push(name);
      attributes.understood = true;
      continue;
    }
    if (part.startsWith("#")) {
      const id = part.slice(1);
      if (ID_NAME.test(id) && attributes.id === undefined) attributes.id = id;
      attributes.understood = true;
      continue;
    }
    const pair = /^([\w-]+)=["']?(.*?)["']?$/.exec(part);
    if (!pair) continue;
    const [, key, value = ""] = pair;
    attributes.understood = true;
    if (key === "lang") {
      const lang = canonicalLanguageTag(value);
      attributes.lang = lang ?? value;
      attributes.langValid = lang !== undefined;
    } else if (key === "dir" && (value === "rtl" || value === "ltr")) {
      attributes.dir = value;
    } else if (key === "class") {
      attributes.classes.push(...value.split(/\s+/).filter((name) => CLASS_NAME.test(name)));
    }
  }
  return attributes;
}
