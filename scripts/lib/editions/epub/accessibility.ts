/**
 * EPUB accessibility metadata (schema.org terms in the package document). Every statement is
 * derived from what this particular book contains, so none can be false: a page list is
 * claimed only when one was built, alternative text only when every image has some.
 *
 * The print source of page numbers is declared the EPUB Accessibility 1.0 way (dc:source
 * refined by source-of "pagination", see package-document.ts), not with 1.1's
 * `a11y:pageBreakSource`: EPUBCheck 4.2.6, the validator here, rejects that property as
 * undefined (OPF-027). Add it when the project moves to EPUBCheck 5.
 *
 * The conformance claim (EPUB Accessibility 1.1, WCAG 2.2 AA) is what the end-to-end tests
 * check of the books this edition makes: Ace by DAISY finds no violation and EPUBCheck no
 * message (tests/a11y/epub-ace.test.ts). What an author supplies can break it: an image
 * without a description does, so such a book makes no claim.
 */
export const conformanceClaim = "EPUB Accessibility 1.1 - WCAG 2.2 Level AA";

export interface AccessibilityFacts {
  noteCount: number;
  /** Content documents (chapter files). */
  chapterCount: number;
  hasCover: boolean;
  /** Images in the text (the cover excluded) and how many carry non-empty alt text. */
  imageCount: number;
  imagesWithAlt: number;
  /** Print edition the page-break markers come from, when there are any. */
  pageBreakSource?: string;
  pageCount: number;
}

export interface MetaProperty {
  property: string;
  value: string;
}

export function accessibilityMetadata(facts: AccessibilityFacts): MetaProperty[] {
  const visual = facts.hasCover || facts.imageCount > 0;
  const allImagesDescribed = facts.imagesWithAlt === facts.imageCount;
  const features = ["structuralNavigation", "tableOfContents", "readingOrder", "ARIA", "displayTransformability"];
  if (facts.pageBreakSource) features.push("printPageNumbers", "pageBreakMarkers", "pageNavigation");
  if (facts.imageCount > 0 && allImagesDescribed) features.push("alternativeText");
  return [
    ...(allImagesDescribed ? [{ property: "dcterms:conformsTo", value: conformanceClaim }] : []),
    { property: "schema:accessMode", value: "textual" },
    ...(visual ? [{ property: "schema:accessMode", value: "visual" }] : []),
    // Images without a description leave part of the book to sight alone.
    { property: "schema:accessModeSufficient", value: allImagesDescribed ? "textual" : "textual,visual" },
    ...features.map((value) => ({ property: "schema:accessibilityFeature", value })),
    { property: "schema:accessibilityHazard", value: "none" },
    { property: "schema:accessibilitySummary", value: accessibilitySummary(facts) },
  ];
}

/** A plain-language account of how the book can be read without sight or with assistive technology. */
export function accessibilitySummary(facts: AccessibilityFacts): string {
  const sentences = [
    facts.chapterCount > 1
      ? `The text is divided into ${facts.chapterCount} parts, each opening with a heading and listed in the table of contents.`
      : "The text is one part, opening with its title as a heading and listed in the table of contents.",
  ];
  if (facts.noteCount > 0) {
    sentences.push(
      `Its ${facts.noteCount} ${facts.noteCount === 1 ? "note is a footnote" : "notes are footnotes"} numbered as in the web and print editions; each call links to its note and each note links back to every call.`,
    );
  }
  if (facts.pageBreakSource) {
    sentences.push(`Page numbers of the ${facts.pageBreakSource} (${facts.pageCount} pages) are marked in the text and listed for navigation.`);
  }
  if (facts.imageCount > 0) {
    sentences.push(
      facts.imagesWithAlt === facts.imageCount
        ? "Every image has a text description."
        : `${facts.imageCount - facts.imagesWithAlt} of ${facts.imageCount} images have no text description.`,
    );
  } else {
    sentences.push(facts.hasCover ? "Apart from the cover, which shows the title, there are no images." : "There are no images.");
  }
  sentences.push("Text size, font and colours can be changed in the reading system; there are no flashing, sound or motion hazards.");
  return sentences.join(" ");
}
