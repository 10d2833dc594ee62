import { describe, expect, it } from "vitest";
import { parseArticle } from "../document/article.ts";

const codes = (body: string): Array<[string, number | undefined]> =>
  parseArticle(`---\ntitle: T\n---\n\n${body}\n`, "/x/a.md").diagnostics.map((d) => [d.code, d.location?.line]);

describe("superscripts beside calls", () => {
  it("warns of a call set right after a superscript, which prints as one raised number with it", () => {
    expect(codes("The area is 5 m^2^[^a] and the 1<sup>st</sup>[^b] edition.\n\n[^a]: A.\n[^b]: B.")).toEqual([
      ["footnote-after-superscript", 5],
      ["footnote-after-superscript", 5],
    ]);
  });

  it("warns of a superscript number after punctuation, a note number a word processor left, and not of an exponent", () => {
    expect(codes("Schools were measured.<sup>1</sup> Twice,^2^ and\n10^6^ times, in m^2^.")).toEqual([
      ["superscript-like-call", 5],
      ["superscript-like-call", 5],
    ]);
  });
});
