import { describe, expect, it } from "vitest";
import { referencePatterns } from "./reference-patterns.ts";

describe("referencePatterns", () => {
  it("reads a German printed reference, with or without the text layer's spaces", () => {
    const german = referencePatterns("de");
    expect(german.printed.exec("Abbildung 2 auf Seite 5")?.slice(1)).toEqual(["Abbildung", "2", "5"]);
    expect(german.printed.exec("Abschnitt2.1aufSeite12")?.slice(1)).toEqual(["Abschnitt", "2.1", "12"]);
    expect(german.printed.test("Abbildung 2 auf Seite iv")).toBe(true);
    expect(german.printedWithoutPage.test("Tabelle 1 auf Seite")).toBe(true);
    expect(german.kindOf("Abbildung")).toBe("figure");
    expect(german.kindOf("abschnitt")).toBe("section");
    expect(german.kindOf("Tabelle")).toBe("table");
  });

  it("does not read one language's words as another's", () => {
    expect(referencePatterns("de").printed.test("figure 2 on page 5")).toBe(false);
    expect(referencePatterns("en").printed.test("Abbildung 2 auf Seite 5")).toBe(false);
    expect(referencePatterns("de").kindOf("figure")).toBeUndefined();
  });

  it("reads the words the web and the EPUB print, and captions", () => {
    const french = referencePatterns("fr");
    expect(french.said.exec("tableau 3")?.slice(1)).toEqual(["tableau", "3"]);
    expect(french.said.test("tableau 3 à la page 4")).toBe(false);
    expect(french.caption.exec("Tableau 3. Les crues")?.slice(1)).toEqual(["Tableau", "3"]);
    expect(french.kindOf("Tableau")).toBe("table");
    expect(french.captionLabel("table", "3")).toBe("Tableau 3.");
  });

  it("finds every page reference in a text, leaving the reference's own words", () => {
    const french = referencePatterns("fr");
    const text = "Voir la figure 1 à la page 2 et le tableau 2.1 à la page 14.";
    expect(text.replace(french.pageReferences, "$1")).toBe("Voir la figure 1 et le tableau 2.1.");
    // Twice in a row: the shared pattern keeps no position between uses.
    expect(text.replace(french.pageReferences, "$1")).toBe("Voir la figure 1 et le tableau 2.1.");
    expect("figure 1 à la pagette".replace(french.pageReferences, "$1")).toBe("figure 1 à la pagette");
  });

  it("reads an unknown language with the English words", () => {
    expect(referencePatterns("ja").printed.exec("section 2.3 on page 7")?.slice(1)).toEqual(["section", "2.3", "7"]);
  });
});
