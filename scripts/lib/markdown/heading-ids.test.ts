import { describe, expect, it } from "vitest";
import { slugifyHeading, uniqueId } from "./heading-ids.ts";

describe("heading ids", () => {
  it("drop the accents of Latin letters and keep other scripts' letters whole", () => {
    expect(slugifyHeading("Résumé des Données")).toBe("resume-des-donnees");
    // A Korean syllable decomposed into jamo (U+1107…) named no printed character: the print edition's font check refused it.
    expect(slugifyHeading("배경 설명")).toBe("배경-설명");
    expect(slugifyHeading("ガイド")).toBe("ガイド");
    expect(slugifyHeading("Вывод")).toBe("вывод");
    expect(slugifyHeading("…")).toBe("section");
  });

  it("are unique within a document", () => {
    const used = new Set<string>();
    expect([uniqueId("a", used), uniqueId("a", used), uniqueId("a", used)]).toEqual(["a", "a-2", "a-3"]);
  });
});
