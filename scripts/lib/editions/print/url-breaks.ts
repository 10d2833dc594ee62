/**
 * Places where a printed line may end inside an address or a path, as `<wbr>`: a URL in running
 * text otherwise moves whole to the next line, leaving the justified line before it stretched
 * word by word, or breaks at any letter. The places are those the Chicago Manual gives: after
 * `//` or a colon before it; before a single slash, a period, comma, hyphen, underline, tilde,
 * question mark, number sign or percent sign; before and after an equals sign or ampersand.
 * `<wbr>` draws nothing, so the PDF's text layer holds the address as written.
 *
 * Works on escaped HTML text (the renderer's text rule): `&amp;` stays one entity.
 */

/** Runs shorter than this fit a line anyway. */
const minRun = 20;
/** A run with a slash, a backslash or an underline, or one starting "www.". */
const addressLike = /^www\.|[/\\_]/iu;

const rules: Array<[RegExp, string]> = [
  // After "://" (the scheme's colon goes with its slashes).
  [/:\/\/(?=.)/gu, "://<wbr>"],
  // Before a single slash, or a backslash.
  [/(?<=[^/:<])(\/|\\)(?!\/)/gu, "<wbr>$1"],
  // Before these, unless they end the run (a sentence's period stays with its word).
  [/(?<=[^\s>])([.,\-_~?#%])(?=[^\s.,;:!?)\]”’"'<])/gu, "<wbr>$1"],
  // Before and after "=" and "&".
  [/(=|&amp;)(?=.)/gu, "<wbr>$1<wbr>"],
];

function breakRun(run: string): string {
  let broken = run;
  for (const [pattern, replacement] of rules) broken = broken.replace(pattern, replacement);
  // Never two in a row, nor one opening the run.
  return broken.replace(/(?:<wbr>)+/gu, "<wbr>").replace(/^<wbr>/u, "");
}

export function withUrlBreaks(escaped: string): string {
  return escaped
    .split(/(\s+)/u)
    .map((chunk) => (chunk.length >= minRun && addressLike.test(chunk) ? breakRun(chunk) : chunk))
    .join("");
}
