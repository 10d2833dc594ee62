import { describe, expect, it } from "vitest";
import { splitTrailingCalls } from "./header-note-calls.ts";

describe("calls at the end of a front matter field", () => {
  it("splits labelled and inline calls off the end, several side by side", () => {
    expect(splitTrailingCalls("A Title[^t]")).toEqual({ text: "A Title", calls: "[^t]" });
    expect(splitTrailingCalls("Jane Doe^[University of Somewhere.]")).toEqual({ text: "Jane Doe", calls: "^[University of Somewhere.]" });
    expect(splitTrailingCalls("Jane Doe ^[Univ. of [Somewhere](https://example.org).][^x] ")).toEqual({ text: "Jane Doe", calls: "^[Univ. of [Somewhere](https://example.org).][^x]" });
  });

  it("leaves a field without calls at its end as it is", () => {
    expect(splitTrailingCalls("Plain")).toEqual({ text: "Plain", calls: "" });
    expect(splitTrailingCalls("Jane[^1] Doe")).toEqual({ text: "Jane[^1] Doe", calls: "" });
    expect(splitTrailingCalls("Arrays [1]")).toEqual({ text: "Arrays [1]", calls: "" });
    expect(splitTrailingCalls("Escaped \\[^x]")).toEqual({ text: "Escaped \\[^x]", calls: "" });
    expect(splitTrailingCalls("Empty ^[]")).toEqual({ text: "Empty ^[]", calls: "" });
    expect(splitTrailingCalls("Unmatched]")).toEqual({ text: "Unmatched]", calls: "" });
  });
});
