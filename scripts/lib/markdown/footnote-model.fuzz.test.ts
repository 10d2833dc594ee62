/**
 * Property-based tests: random and mutated Markdown never crashes or hangs the parser and the
 * footnote model, and numbering is always a bijection between called labels and numbers,
 * in the order of first call.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../document/article.ts";
import { ContentError } from "../errors.ts";
import { renderArticle } from "../engine/render.ts";
import { webNoteRenderer } from "../editions/web/web-notes.ts";

const label = fc.stringMatching(/^[a-z0-9]{1,6}$/);
const word = fc.stringMatching(/^[A-Za-z]{1,8}$/);

/** A document whose calls use only defined labels, in any order, with repeats. */
const wellFormed = fc
  .uniqueArray(label, { minLength: 1, maxLength: 12 })
  .chain((labels) =>
    fc.record({
      labels: fc.constant(labels),
      calls: fc.array(fc.constantFrom(...labels), { minLength: labels.length, maxLength: labels.length * 3 }),
      words: fc.array(word, { minLength: 1, maxLength: 5 }),
      definitionOrder: fc.shuffledSubarray(labels, { minLength: labels.length, maxLength: labels.length }),
      paragraphBreaks: fc.array(fc.boolean(), { minLength: labels.length * 3, maxLength: labels.length * 3 }),
    }),
  )
  .map(({ labels, calls, words, definitionOrder, paragraphBreaks }) => {
    // Every label is called at least once: labels the random calls missed are called at the end.
    const sequence = [...calls, ...labels.filter((l) => !calls.includes(l))];
    const body = sequence.map((l, i) => `${words[i % words.length]}[^${l}]${paragraphBreaks[i] ? "\n\n" : " "}`).join("");
    const definitions = definitionOrder.map((l) => `[^${l}]: Note ${l}.`).join("\n");
    return { sequence, source: `---\ntitle: Fuzz\n---\n${body}\n\n${definitions}\n` };
  });

describe("footnote model under random input", () => {
  it("numbers every called label once, in order of first call, and renders those numbers", () => {
    fc.assert(
      fc.property(wellFormed, ({ sequence, source }) => {
        const article = parseArticle(source, "fuzz.md");
        const firstCalls = [...new Set(sequence)];
        expect(article.notes.notes.map((n) => n.label)).toEqual(firstCalls);
        expect(article.notes.notes.map((n) => n.number)).toEqual(firstCalls.map((_, i) => i + 1));
        const numberOf = new Map(article.notes.notes.map((n) => [n.label, n.number]));
        expect(article.notes.calls.map((c) => c.number)).toEqual(sequence.map((l) => numberOf.get(l)));
        const html = renderArticle(article, webNoteRenderer);
        expect([...html.matchAll(/role="doc-noteref"[^>]*>(\d+)</g)].map((m) => Number(m[1]))).toEqual(sequence.map((l) => numberOf.get(l)));
        for (const note of article.notes.notes) expect(note.text).toBe(`Note ${note.label}.`);
      }),
      { numRuns: 200 },
    );
  });

  it("never crashes on arbitrary or mutated text: it parses, or throws a ContentError with a location", () => {
    const fragments = fc.constantFrom("[^", "]", "^[", "[^a]", "[^a]: ", "\n", "\n\n", "> ", "- ", "| a |", "---", "#", "*", "`", "    ", "\u0000", "٣", "ä");
    const mutated = fc.array(fc.oneof(fc.string({ unit: "binary" }), fragments), { maxLength: 60 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(fc.oneof(mutated, fc.string()), (text) => {
        for (const source of [text, `---\ntitle: T\n---\n${text}`]) {
          try {
            const article = parseArticle(source, "fuzz.md");
            const numbers = article.notes.notes.map((n) => n.number);
            expect(numbers).toEqual(numbers.map((_, i) => i + 1));
            renderArticle(article, webNoteRenderer);
          } catch (error) {
            expect(error).toBeInstanceOf(ContentError);
            expect((error as ContentError).location?.file).toBe("fuzz.md");
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
