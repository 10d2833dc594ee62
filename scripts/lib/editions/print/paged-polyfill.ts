/**
 * The Paged.js polyfill as the print page receives it: node_modules/pagedjs 0.4.3, with small
 * patches for footnote bugs we met, applied when the file is served (node_modules is never
 * edited). Each patch must match the original text exactly once; if Paged.js is upgraded and
 * a patch no longer applies, the build stops with a ToolError instead of silently printing
 * the bug again.
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { ToolError } from "../../errors.ts";

export interface PolyfillPatch {
  /** What goes wrong without the patch. */
  why: string;
  from: string;
  to: string;
}

export const polyfillPatches: PolyfillPatch[] = [
  {
    why:
      "a note call at the very end of a justified line sits a fraction of a pixel past the text " +
      "area's right edge; Paged.js takes it for overflow, drops the note, and the call stays on the page without it",
    from: "if (needsNoteCall && noteCallBounds.left > right) {",
    to: "if (needsNoteCall && noteCallBounds.left > right + 1) {",
  },
  {
    why: "the same rounding when Paged.js looks for the notes of a rendered element: a note starting at the right edge is skipped",
    from: "\t\t\t\tif (left < right) {\n\t\t\t\t\t// Add call for the note",
    to: "\t\t\t\tif (left < right + 1) {\n\t\t\t\t\t// Add call for the note",
  },
];

/** Path of the polyfill build in node_modules (the package's exports map hides package.json). */
export function pagedPolyfillPath(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve("pagedjs")), "..", "dist", "paged.polyfill.js");
}

/** Applies the patches to the polyfill's text; throws ToolError when one does not match exactly once. */
export function patchPolyfill(source: string, patches: PolyfillPatch[] = polyfillPatches): string {
  let patched = source;
  for (const patch of patches) {
    const count = patched.split(patch.from).length - 1;
    if (count !== 1) {
      throw new ToolError(`the Paged.js polyfill does not match a patch this project needs (${count} matches for: ${patch.from.trim()}); was pagedjs upgraded?`, {
        code: "pagedjs-patch",
      });
    }
    patched = patched.replace(patch.from, () => patch.to);
  }
  return patched;
}

let cached: Promise<string> | undefined;

/** The patched polyfill, read once per process. */
export function patchedPolyfill(): Promise<string> {
  cached ??= readFile(pagedPolyfillPath(), "utf8").then((source) => patchPolyfill(source));
  return cached;
}
