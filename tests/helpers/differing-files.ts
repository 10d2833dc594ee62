/**
 * Which of the same-named files of two folders differ, each told in one line a failing test
 * can show: both sizes, and for a text file the first place the two part, with some context,
 * so a difference seen once (on a loaded machine) says where it was.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

export function differingFiles(first: string, second: string, files: readonly string[]): string[] {
  return files.flatMap((file) => {
    const [a, b] = [readFileSync(join(first, file)), readFileSync(join(second, file))];
    if (a.equals(b)) return [];
    let at = 0;
    while (at < a.length && at < b.length && a[at] === b[at]) at++;
    const text = /\.(html|xhtml|css|json|xml)$/.test(file);
    const near = (bytes: Buffer): string => JSON.stringify(bytes.subarray(Math.max(0, at - 40), at + 80).toString("utf8"));
    return [`${file}: ${a.byteLength} bytes against ${b.byteLength}, first different at byte ${at}${text ? `: ${near(a)} against ${near(b)}` : ""}`];
  });
}
