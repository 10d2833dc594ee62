import { describe, expect, it } from "vitest";
import { captionWord, editionWords, editionWordsLanguage } from "./edition-words.ts";

describe("editionWords", () => {
  it("chooses by the primary subtag, in any case", () => {
    expect(editionWords("de-AT").notes).toBe("Anmerkungen");
    expect(editionWords("FR").contents).toBe("Table des matières");
    expect(editionWords("pt-BR").crossrefs.table).toBe(editionWords("pt").crossrefs.table);
  });

  it("falls back to English for a language it has no words for", () => {
    expect(editionWords("ja").notes).toBe("Notes");
    expect(editionWords("").call(3)).toBe("Note 3");
  });

  it("gives every language every word, none left empty", () => {
    for (const lang of ["en", "de", "fr", "es", "it", "nl", "pt", "fa", "ar"]) {
      const words = editionWords(lang);
      const texts = [
        words.notes, words.contents, words.bibliography, words.references, words.pages, words.landmarks, words.start,
        ...Object.values(words.crossrefs), words.call(2), words.backToFirstCall(2), words.backToCall(2, 1), words.backFromNote(2),
        words.linkTo("x"), words.edition("3"), words.publishedBy("P", "2024"), words.identifier, words.copyright,
        words.printEdition, words.ebookEdition, words.previous, words.next, words.chapters,
      ];
      for (const text of texts) expect(text.trim(), lang).not.toBe("");
      expect(words.call(7), lang).toContain("7");
      expect(words.backToCall(7, 1), lang).toMatch(/2/);
      expect(words.publishedBy("P", undefined), lang).not.toMatch(/\d/);
    }
  });

  it("keeps English reference words in right-to-left languages, and their own headings", () => {
    expect(editionWords("fa").crossrefs).toEqual(editionWords("en").crossrefs);
    expect(editionWords("ar").notes).not.toBe("Notes");
  });

  it("names a caption's word by kind", () => {
    const words = editionWords("fr").crossrefs;
    expect(captionWord(words, "table")).toBe("Tableau");
    expect(captionWord(words, "figure")).toBe("Figure");
  });
});

describe("the web page's footer on the notes", () => {
  it("counts one note in the singular and many in the plural, in the article's language", () => {
    expect(editionWords("en").identicalNotes(1)).toBe("1 note, numbered identically in the web, print and e-book editions.");
    expect(editionWords("en").identicalNotes(11)).toBe("11 notes, numbered identically in the web, print and e-book editions.");
    expect(editionWords("de").identicalNotes(1)).toBe("1 Anmerkung, gleich nummeriert in der Web-, Druck- und E-Book-Ausgabe.");
    expect(editionWords("fr").identicalNotes(2)).toBe("2 notes, numérotées de même dans les éditions web, imprimée et numérique.");
  });
});

describe("editionWordsLanguage", () => {
  it("is the document's language where the editions have words in it, English elsewhere", () => {
    expect(editionWordsLanguage("fa")).toBe("fa");
    expect(editionWordsLanguage("de-CH")).toBe("de");
    expect(editionWordsLanguage("ja")).toBe("en");
    expect(editionWordsLanguage("en-GB")).toBe("en");
    expect(editionWords("fa").allArticles).not.toBe(editionWords("en").allArticles);
  });
});
