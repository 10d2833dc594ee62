/**
 * Test fixtures only: an article with `count` notes, three calls to a paragraph, every
 * seventh paragraph calling an earlier note again, and note texts that wrap and may start
 * a wrapped line with a year.
 */
export function manyNotesMarkdown(count: number): string {
  const paragraphs: string[] = [];
  const definitions: string[] = [];
  for (let n = 1; n <= count; n += 3) {
    const calls = [n, n + 1, n + 2].filter((k) => k <= count);
    const again = n > 10 && n % 7 === 1 ? ` As noted before.[^n${n - 9}]` : "";
    paragraphs.push(
      `Paragraph ${Math.ceil(n / 3)} states a fact[^n${calls[0]}] and another${calls[1] ? `[^n${calls[1]}]` : ""}, then a third claim follows.${calls[2] ? `[^n${calls[2]}]` : ""}${again}`,
    );
    for (const k of calls) {
      // Fillers of varying length, so that in some notes a year begins a wrapped line.
      const long = k % 4 === 0 ? ` Reprinted ${"with notes ".repeat((k / 4) % 9)}in a second edition by the author, ${1990 + (k % 20)}, and again in` : "";
      definitions.push(`[^n${k}]: Source ${k}, Report on the withdrawal, volume ${(k % 9) + 1}, page ${k * 3}.${long} 2011`);
    }
  }
  return `---\ntitle: A long article with ${count} notes\nslug: many-notes\n---\n\n${paragraphs.join("\n\n")}\n\n${definitions.join("\n")}\n`;
}
