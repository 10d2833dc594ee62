import { describe, expect, it } from "vitest";
import { destinationId, destinationNameText } from "./pdf-destination-names.ts";

describe("destination names", () => {
  it("keep an ASCII id as it is, as Chromium names it", () => {
    for (const id of ["fn-7", "fnref-3-2", "sec:results", "u-boats", "fig.3F"]) {
      expect(destinationNameText(id)).toBe(id);
      expect(destinationId(id)).toBe(id);
    }
  });

  it("spell any other id in ASCII letters, digits and escapes, and read it back", () => {
    expect(destinationNameText("вывод")).toBe("~.D0.B2.D1.8B.D0.B2.D0.BE.D0.B4");
    for (const id of ["вывод", "结论", "sec:résumé.2", "~tilde", "a b"]) {
      const name = destinationNameText(id);
      expect(name).toMatch(/^~[A-Za-z0-9_.-]*$/);
      expect(destinationId(name)).toBe(id);
    }
  });
});
