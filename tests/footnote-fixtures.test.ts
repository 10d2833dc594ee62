/**
 * Fixture tests: one Markdown file per footnote feature, with the notes a reader must see
 * written by hand beside it (`*.expected.json`).
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../scripts/lib/document/article.ts";
import { ContentError } from "../scripts/lib/errors.ts";
import { renderArticle } from "../scripts/lib/engine/render.ts";
import { webNoteRenderer } from "../scripts/lib/editions/web/web-notes.ts";

const folder = join(import.meta.dirname, "fixtures", "notes");

interface Expected {
  error?: boolean;
  notes?: Array<{ number: number; label: string | null; text: string; definitionLine: number; callLines: number[] }>;
  diagnostics: Array<{ severity: string; line: number; message: string }>;
}

const fixtures = readdirSync(folder).filter((name) => name.endsWith(".md"));

describe("footnote fixtures", () => {
  it("has fixtures to run", () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(8);
  });

  for (const name of fixtures) {
    it(name, () => {
      const file = join(folder, name);
      const source = readFileSync(file, "utf8");
      const expected = JSON.parse(readFileSync(file.replace(/\.md$/, ".expected.json"), "utf8")) as Expected;
      if (expected.error) {
        let thrown: unknown;
        try {
          parseArticle(source, file);
        } catch (error) {
          thrown = error;
        }
        expect(thrown).toBeInstanceOf(ContentError);
        const diagnostics = (thrown as ContentError).diagnostics.map((d) => ({ severity: d.severity, line: d.location?.line, message: d.message }));
        expect(diagnostics).toEqual(expected.diagnostics);
        expect((thrown as ContentError).toLine()).toContain(`${file}:${expected.diagnostics[0]?.line}: `);
        return;
      }
      const article = parseArticle(source, file);
      const notes = article.notes.notes.map((note) => ({
        number: note.number,
        label: note.label ?? null,
        text: note.text,
        definitionLine: note.line,
        callLines: note.calls.map((call) => call.line),
      }));
      expect(notes).toEqual(expected.notes);
      expect(article.diagnostics.map((d) => ({ severity: d.severity, line: d.location?.line, message: d.message }))).toEqual(expected.diagnostics);

      const html = renderArticle(article, webNoteRenderer);
      expect(html).not.toMatch(/\[\^/);
      // Every call and every note shows the model's number, in reading order.
      const callNumbers = [...html.matchAll(/role="doc-noteref"[^>]*>(\d+)</g)].map((m) => Number(m[1]));
      expect(callNumbers).toEqual(article.notes.calls.map((call) => call.number));
      const noteNumbers = [...html.matchAll(/<span class="note-number">(\d+)\.<\/span>/g)].map((m) => Number(m[1]));
      expect(noteNumbers).toEqual(expected.notes?.map((note) => note.number));
    });
  }
});
