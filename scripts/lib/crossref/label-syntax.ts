/**
 * The label pandoc-crossref puts on a target, `{#fig:map}`, and the reference that names it,
 * `@fig:map`. A label's name follows the citation keys' rule (letters, digits and `_`, with
 * `.` and `-` inside), so `see @fig:map.` ends the label before the full stop.
 */
const name = String.raw`[\p{L}\p{N}_](?:[\p{L}\p{N}_.\-]*[\p{L}\p{N}_])?`;

/** `{#sec:intro}` closing a heading's or a caption's text, with the spaces before it. */
export const trailingLabel = new RegExp(String.raw`\s*\{#((sec|fig|tbl|eq):${name})\}\s*$`, "u");

/** `{#fig:map}` alone: what follows an image that becomes a figure. */
export const wholeLabel = new RegExp(String.raw`^\s*\{#((sec|fig|tbl|eq):${name})\}\s*$`, "u");

/**
 * `@sec:intro` or `@Fig:map` at the start of a string: the prefix, whether it is capitalised,
 * and the name. `@fn:name` names the note `[^name]`: a note is labelled where it is defined.
 */
export const referenceAtStart = new RegExp(String.raw`^@([Ss]ec|[Ff]ig|[Tt]bl|[Ee]q|[Ff]n):(${name})`, "u");
