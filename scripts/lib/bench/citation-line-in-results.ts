/**
 * `npm run bench -- --citations` measures citation processing alone; its line then takes the
 * place of the citation line already in bench/results.md, so the builds' table, measured in
 * another run, is kept as it was.
 */
import { citationLinePrefix } from "./citation-cost.ts";

/** The results with `line` instead of their citation line, or after them when they have none. */
export function withCitationLine(results: string, line: string): string {
  const lines = results.split("\n");
  const at = lines.findIndex((text) => text.startsWith(citationLinePrefix));
  if (at >= 0) {
    lines[at] = line;
    return lines.join("\n");
  }
  return `${results.replace(/\n*$/, "")}\n\n${line}\n`;
}
