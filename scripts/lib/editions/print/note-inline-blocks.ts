/**
 * Turns the block elements of a rendered note into inline elements styled as blocks.
 *
 * A print note is floated from its call (`float: footnote`), so it must be inline content
 * inside the call's paragraph: the HTML parser would split any `<p>`, `<ul>` or `<table>`
 * out of it and into the body. Each block becomes a `<span class="note-…">` the print
 * stylesheet displays as a block (or table part). Item numbers are written as text, so no
 * CSS counter decides a number a reader sees. Each line of a code block gets a span of its
 * own, so that a line too long for the note area can wrap under a hanging indent; a paragraph
 * that opens with an image is marked as a figure, to be set with its caption under it, and an
 * image after words of its paragraph stays in their line.
 *
 * The note is read into a tree with htmlparser2, rewritten there and written back with
 * dom-serializer, so a rewrite can never cut through a tag or an attribute.
 */
import { parseDocument } from "htmlparser2";
import render from "dom-serializer";
import { Element, Text, isTag, isText, type AnyNode, type ParentNode } from "domhandler";
import { prependChild } from "domutils";

/** Block element → class of the span that replaces it. */
const blockClasses: Record<string, string> = {
  p: "note-p",
  blockquote: "note-blockquote",
  ul: "note-list note-ul",
  ol: "note-list note-ol",
  li: "note-li",
  pre: "note-pre",
  h1: "note-heading",
  h2: "note-heading",
  h3: "note-heading",
  h4: "note-heading",
  h5: "note-heading",
  h6: "note-heading",
  table: "note-table",
  caption: "note-caption",
  thead: "note-thead",
  tbody: "note-tbody",
  tfoot: "note-tfoot",
  tr: "note-tr",
  th: "note-th",
  td: "note-td",
  dl: "note-dl",
  dt: "note-dt",
  dd: "note-dd",
  div: "note-div",
  section: "note-div",
  figure: "note-div",
  figcaption: "note-caption",
};

/** Rewrites every block element of a rendered note as an inline span; inline markup is kept. */
export function inlineNoteBlocks(html: string): string {
  const note = parseDocument(html, { decodeEntities: true });
  dropNewlinesBetweenBlocks(note);
  const elements = elementsOf(note);
  // Read before any is renamed: an item's bullet depends on its list being `ul`.
  // A task item's box (markdown/task-lists.ts) stands where its bullet would.
  const isTask = (element: Element): boolean => (element.attribs.class ?? "").split(" ").includes("task-list-item");
  const bulleted = new Set(elements.filter((element) => element.name === "li" && !isTask(element) && isTag(element.parent as AnyNode) && (element.parent as Element).name === "ul"));
  for (const element of elements) rewrite(element, bulleted.has(element));
  for (const image of elements.filter((element) => element.name === "img" && followsText(element))) image.attribs.class = "note-inline-image";
  markLongWords(note);
  return render(note.children, { encodeEntities: "utf8" });
}

/** Every element of the tree, parents before their children, collected before any is changed. */
function elementsOf(parent: ParentNode): Element[] {
  const found: Element[] = [];
  for (const child of parent.children) {
    if (!isTag(child)) continue;
    found.push(child, ...elementsOf(child));
  }
  return found;
}

function rewrite(element: Element, bulleted: boolean): void {
  const name = element.name.toLowerCase();
  if (name === "hr") return becomeSpan(element, { class: "note-hr", role: "separator" });
  const className = blockClasses[name];
  if (!className) return;
  // Only alignment (`style` from table cells) survives: ids and classes of blocks mean nothing here.
  const style = element.attribs.style;
  if (bulleted) addBullet(element);
  if (name === "pre") splitCodeLines(element);
  const opensWithImage = name === "p" && firstMeaningfulChild(element)?.type === "tag" && (firstMeaningfulChild(element) as Element).name === "img";
  // A line block (verse, an address) keeps its lines where the note's lists keep theirs.
  const lineBlock = name === "div" && element.attribs.class === "line-block";
  becomeSpan(element, { class: opensWithImage ? `${className} note-figure` : lineBlock ? `${className} note-line-block` : className, ...(style ? { style } : {}) });
}

function becomeSpan(element: Element, attribs: Record<string, string>): void {
  element.name = "span";
  element.attribs = attribs;
}

/**
 * Whether an image stands after words of its own paragraph ("Press ![the key](key.png) twice"):
 * it is set in the line, as in the text, not on a line of its own as a note's pictures are.
 */
function followsText(image: Element): boolean {
  for (let node = image.prev; node; node = node.prev) {
    if (isText(node) ? node.data.trim() !== "" : isTag(node) && node.name !== "img" && node.name !== "br" && !(node.name in blockClasses)) return true;
  }
  return false;
}

function firstMeaningfulChild(element: Element): AnyNode | undefined {
  return element.children.find((child) => !(isText(child) && child.data.trim() === ""));
}

/**
 * A bullet is drawn by print.css, not written: it carries no meaning, and as text it would
 * join the note's words when the PDF is read back. An ordered item's number is already text,
 * written by the shared renderer (markdown/note-list-items.ts) as every edition prints it.
 * In an item made of paragraphs, the bullet goes on the first paragraph's first line.
 */
function addBullet(item: Element): void {
  const bullet = new Element("span", { class: "note-li-marker note-li-bullet", "aria-hidden": "true" });
  const first = firstMeaningfulChild(item);
  prependChild(first && isTag(first) && first.name === "p" ? first : item, bullet);
}

/**
 * One span per line of a code block. Each keeps its newline, so the note's text (and a copy
 * from the PDF) still has the line breaks; displayed as a block, a line ends where its span does.
 */
function splitCodeLines(pre: Element): void {
  const code = pre.children.find((child): child is Element => isTag(child) && child.name === "code");
  if (!code || !code.children.every(isText)) return;
  const text = code.children.map((child) => (child as Text).data).join("").replace(/\n$/, "");
  code.children = [];
  for (const line of text.split("\n")) {
    const span = new Element("span", { class: "note-code-line" }, [new Text(`${line}\n`)]);
    span.parent = code;
    code.children.push(span);
  }
}

/** Newlines markdown-it puts between blocks would become spaces inside the note; code keeps its own. */
function dropNewlinesBetweenBlocks(parent: ParentNode): void {
  const isBlock = (node: AnyNode | null | undefined): boolean => !!node && isTag(node) && (node.name in blockClasses || node.name === "hr");
  const parentIsBlock = !("name" in parent) || isBlock(parent as AnyNode);
  for (const child of parent.children) {
    if (isText(child)) {
      if (isBlock(child.prev) || (parentIsBlock && !child.prev)) child.data = child.data.replace(/^\n+/, "");
      if (isBlock(child.next) || (parentIsBlock && !child.next)) child.data = child.data.replace(/\n+$/, "");
    } else if (isTag(child) && child.name !== "pre") {
      dropNewlinesBetweenBlocks(child);
    }
  }
  parent.children = parent.children.filter((child) => !(isText(child) && child.data === ""));
  parent.children.forEach((child, index) => {
    child.prev = parent.children[index - 1] ?? null;
    child.next = parent.children[index + 1] ?? null;
  });
}

/** Runs of this many characters or more without a space (addresses, long names) may break anywhere. */
const longWord = /[^\s]{20,}/g;
const hasLongWord = /[^\s]{20,}/;

/**
 * Wraps every long run of text without a space in a span that print-notes.css lets break
 * anywhere, so that it never runs past the edge of the note area or of a table cell; other
 * words stay whole, and a table column is never narrower than its longest ordinary word.
 */
function markLongWords(parent: ParentNode): void {
  const children: AnyNode[] = [];
  for (const child of parent.children) {
    if (isTag(child)) markLongWords(child);
    if (!isText(child) || !hasLongWord.test(child.data)) {
      children.push(child);
      continue;
    }
    let last = 0;
    for (const match of child.data.matchAll(longWord)) {
      if (match.index > last) children.push(new Text(child.data.slice(last, match.index)));
      children.push(new Element("span", { class: "note-long-word" }, [new Text(match[0])]));
      last = match.index + match[0].length;
    }
    if (last < child.data.length) children.push(new Text(child.data.slice(last)));
  }
  parent.children = children;
  children.forEach((child, index) => {
    child.parent = parent;
    child.prev = children[index - 1] ?? null;
    child.next = children[index + 1] ?? null;
  });
}
