import { describe, expect, it } from "vitest";
import { markdownEngine, type RenderEnv } from "../../engine/markdown-engine.ts";
import { languagePassages, passageLanguage } from "./language-passages.ts";

function passagesOf(markdown: string) {
  const env: RenderEnv = { sourcePath: "article.md", lineOffset: 0, languages: { document: "en", scripts: {} } };
  return languagePassages(markdownEngine.parse(markdown, env as unknown as Record<string, unknown>));
}

describe("language passages", () => {
  it("collects the letters of each div and span the author marked, nested ones too", () => {
    expect(passagesOf("Plain.\n\n::: {lang=de}\nEin Satz, mit `Code`.\n\n[une phrase]{lang=fr} und mehr\n:::")).toEqual([
      { lang: "fr", letters: "unephrase" },
      { lang: "de", letters: "EinSatzmitCodeunephraseundmehr" },
    ]);
  });

  it("leaves out the runs of another script found in the text, and divs with no language", () => {
    expect(passagesOf("A name, محمد, here.\n\n::: aside\nNo language.\n:::")).toEqual([]);
  });

  it("gives the innermost passage holding all of an element's letters, whatever its spaces, hyphens and numbers", () => {
    const passages = passagesOf("::: {lang=de}\nEin Satz mit Hochspannung.\n\n[une phrase]{lang=fr} und mehr\n:::");
    expect(passageLanguage("Hoch-\nspannung.7", passages)).toBe("de");
    expect(passageLanguage("une phrase", passages)).toBe("fr");
    expect(passageLanguage("Something else", passages)).toBeUndefined();
    // Too few letters to tell: a number, an initial.
    expect(passageLanguage("12 ei", passages)).toBeUndefined();
  });
});
