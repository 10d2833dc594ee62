import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bundledStyleNames, cslDir, styleRoot, undefinedMacros } from "./csl-style.ts";

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

describe("undefinedMacros", () => {
  it("names each macro a style calls and never defines, once, in the order called", () => {
    const xml = `<?xml version="1.0"?><style xmlns="http://purl.org/net/xbiblio/csl" version="1.0"><macro name="title"><text variable="title"/></macro><citation><layout><text macro="title"/><text macro="missing"/></layout></citation><bibliography><sort><key macro="absent"/></sort><layout><text macro="missing"/></layout></bibliography></style>`;
    expect(undefinedMacros(xml)).toEqual(["missing", "absent"]);
  });

  it("finds none in every bundled style", () => {
    for (const name of bundledStyleNames()) expect(undefinedMacros(readFileSync(join(cslDir, `${name}.csl`), "utf8")), name).toEqual([]);
  });
});
