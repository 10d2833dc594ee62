import { describe, expect, it } from "vitest";
import { styleRoot } from "./csl-style.ts";

describe("a CSL file's root element", () => {
  it("is read by the XML parser, past the declaration and comments, with its attributes", () => {
    const xml = '<?xml version="1.0" encoding="utf-8"?>\n<!-- <style class="in-text"> in a comment -->\n<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0"><info/></style>';
    expect(styleRoot(xml)).toMatchObject({ xmlns: "http://purl.org/net/xbiblio/csl", class: "note" });
  });

  it("is undefined when the root is not <style>", () => {
    expect(styleRoot('<?xml version="1.0"?><locale xmlns="http://purl.org/net/xbiblio/csl"><style class="note"/></locale>')).toBeUndefined();
    expect(styleRoot("not XML at all")).toBeUndefined();
  });
});
