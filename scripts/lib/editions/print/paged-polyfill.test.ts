import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ToolError } from "../../errors.ts";
import { pagedPolyfillPath, patchedPolyfill, patchPolyfill, polyfillPatches } from "./paged-polyfill.ts";

describe("patchPolyfill", () => {
  it("applies every patch to the installed Paged.js exactly where intended", async () => {
    const original = readFileSync(pagedPolyfillPath(), "utf8");
    const patched = await patchedPolyfill();
    for (const patch of polyfillPatches) {
      expect(original.split(patch.from).length - 1).toBe(1);
      expect(patched).not.toContain(patch.from);
      expect(patched).toContain(patch.to);
    }
    // Nothing else changed.
    expect(patched.length - original.length).toBe(polyfillPatches.reduce((sum, patch) => sum + patch.to.length - patch.from.length, 0));
  });

  it("refuses a Paged.js whose code no longer matches a patch", () => {
    expect(() => patchPolyfill("var unrelated = true;")).toThrow(ToolError);
    const doubled = `${polyfillPatches[0]?.from} ${polyfillPatches[0]?.from}`;
    expect(() => patchPolyfill(doubled, polyfillPatches.slice(0, 1))).toThrow(/2 matches/);
  });
});
