import { describe, expect, it } from "vitest";
import { punctuationBeforeCitation } from "./punctuation-before-citation.ts";

describe("punctuation before an author-date citation", () => {
  it("moves the sentence's punctuation after the citation, with a space before it", () => {
    expect(punctuationBeforeCitation("are distinct.")).toEqual({ before: "are distinct ", after: "." });
    expect(punctuationBeforeCitation("as they say,")).toEqual({ before: "as they say ", after: "," });
    expect(punctuationBeforeCitation("really?!")).toEqual({ before: "really ", after: "?!" });
    expect(punctuationBeforeCitation("the Cold War.")).toEqual({ before: "the Cold War ", after: "." });
  });

  it("keeps a closing quotation mark in place, the punctuation inside it moved out", () => {
    expect(punctuationBeforeCitation("“the crisis.”")).toEqual({ before: "“the crisis” ", after: "." });
  });

  it("leaves the period of an abbreviation or an initial, adding only the space", () => {
    expect(punctuationBeforeCitation("Smith et al.")).toEqual({ before: "Smith et al. ", after: "" });
    expect(punctuationBeforeCitation("as told by James C.")).toEqual({ before: "as told by James C. ", after: "" });
  });

  it("moves nothing when the text does not end in punctuation", () => {
    expect(punctuationBeforeCitation("the text")).toBeUndefined();
    expect(punctuationBeforeCitation("the text ")).toBeUndefined();
  });
});
