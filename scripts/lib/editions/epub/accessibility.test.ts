import { describe, expect, it } from "vitest";
import { accessibilityMetadata, conformanceClaim, type AccessibilityFacts } from "./accessibility.ts";

const facts: AccessibilityFacts = { noteCount: 3, chapterCount: 1, hasCover: true, imageCount: 2, imagesWithAlt: 2, pageCount: 0 };
const claims = (given: AccessibilityFacts): string[] => accessibilityMetadata(given).filter((meta) => meta.property === "dcterms:conformsTo").map((meta) => meta.value);

describe("accessibility metadata", () => {
  it("claims EPUB Accessibility 1.1, WCAG 2.2 AA, when every image is described", () => {
    expect(claims(facts)).toEqual([conformanceClaim]);
    expect(claims({ ...facts, imageCount: 0, imagesWithAlt: 0 })).toEqual([conformanceClaim]);
  });

  it("makes no claim when an image has no description", () => {
    expect(claims({ ...facts, imagesWithAlt: 1 })).toEqual([]);
    expect(accessibilityMetadata({ ...facts, imagesWithAlt: 1 })).toContainEqual({ property: "schema:accessModeSufficient", value: "textual,visual" });
  });
});
