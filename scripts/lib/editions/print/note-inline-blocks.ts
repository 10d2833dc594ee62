/**
 * Turns the block elements of a rendered note into inline elements styled as blocks.
 *
 * A print note is floated from its call (`float: footnote`), so it must be inline content
 * inside the call's paragraph: the HTML parser would split any `<p>`, `<ul>` or `<table>`
 * out of it and into the body. Each block becomes a `<span class="note-…">` the print
 * stylesheet displays as a block (or table part). Item numbers are written as text, so no
 * CSS counter decides a number a reader sees. Each line of a code block gets a span of its
 * own, so that a line too long for the note area can wrap under a hanging indent; a paragraph
 * that opens with an image is marked as a figure, to be set with its caption under it.
 *
 * The input is markdown-it output with raw HTML disabled: tags are well formed and attribute
 * values are escaped, which is what makes a tag-by-tag rewrite safe here.
 */

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

const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b([^>]*?)(\/?)>/g;

interface OpenList {
  ordered: boolean;
}

/** Rewrites every block tag of a rendered note as an inline span; inline markup is kept. */
export function inlineNoteBlocks(html: string): string {
  const lists: OpenList[] = [];
  const rewritten = html.replace(tag, (whole, closing: string, rawName: string, attributes: string) => {
    const name = rawName.toLowerCase();
    if (name === "hr") return `<span class="note-hr" role="separator"></span>`;
    const className = blockClasses[name];
    if (!className) return whole;
    if (closing) {
      if (name === "ul" || name === "ol") lists.pop();
      return "</span>";
    }
    let opening = `<span class="${className}"${keptAttributes(attributes)}>`;
    if (name === "ul" || name === "ol") lists.push({ ordered: name === "ol" });
    if (name === "li") opening += listMarker(lists[lists.length - 1]);
    return opening;
  });
  // Newlines markdown-it puts between blocks would become spaces inside the note.
  const joined = rewritten.replace(/(<\/span>|<span class="note-[^"]*"[^>]*>)\n+/g, "$1").replace(/\n+(<span class="note-)/g, "$1");
  const rewrittenBlocks = joined
    .replace(codeBlock, (_whole, open: string, code: string, close: string) => open + codeLines(code) + close)
    .replace(/<span class="note-p">(?=<img\b)/g, `<span class="note-p note-figure">`)
    // In a list with paragraphs in its items, the bullet goes on the first paragraph's first line.
    .replace(/(<span class="note-li-marker note-li-bullet" aria-hidden="true"><\/span>)(<span class="note-p">)/g, "$2$1");
  return markLongWords(rewrittenBlocks);
}

/** Runs of this many characters or more without a space (addresses, long names) may break anywhere. */
const longWord = /[^\s]{20,}/g;

/**
 * Wraps every long run of text without a space in a span that print-notes.css lets break
 * anywhere, so that it never runs past the edge of the note area or of a table cell; other
 * words stay whole, and a table column is never narrower than its longest ordinary word.
 * Only text is touched, never a tag or an attribute.
 */
function markLongWords(html: string): string {
  return html
    .split(/(<[^>]*>)/)
    .map((part, index) => (index % 2 === 1 ? part : part.replace(longWord, (word) => `<span class="note-long-word">${word}</span>`)))
    .join("");
}

/** A code block as rewritten above; its text holds no tags (markdown-it escapes it). */
const codeBlock = /(<span class="note-pre"><code[^>]*>)([^<]*)(<\/code><\/span>)/g;

/**
 * One span per line of code. Each keeps its newline, so the note's text (and a copy from the
 * PDF) still has the line breaks; displayed as a block, a line ends where its span does.
 */
function codeLines(code: string): string {
  return code
    .replace(/\n$/, "")
    .split("\n")
    .map((line) => `<span class="note-code-line">${line}\n</span>`)
    .join("");
}

/** Only alignment (`style` from table cells) survives: ids and classes of blocks mean nothing here. */
function keptAttributes(attributes: string): string {
  const style = /\sstyle="([^"]*)"/.exec(attributes)?.[1];
  return style ? ` style="${style}"` : "";
}

/**
 * A bullet is drawn by print.css, not written: it carries no meaning, and as text it would
 * join the note's words when the PDF is read back. An ordered item's number is already text,
 * written by the shared renderer (markdown/note-list-items.ts) as every edition prints it.
 */
function listMarker(list: OpenList | undefined): string {
  if (!list || list.ordered) return "";
  return `<span class="note-li-marker note-li-bullet" aria-hidden="true"></span>`;
}
