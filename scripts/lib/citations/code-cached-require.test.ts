/**
 * Each load in a Node process of its own, as each build is: within one process V8 keeps what it
 * compiled in memory, and never asks for the kept code.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/** Loads citeproc through the kept code in `dir` in a new process; what it found, and whether it works. */
function loadIn(dir: string, keep = true): { fromCache: boolean; engine: string } {
  const module = join(import.meta.dirname, "code-cached-require.ts");
  const code = `import { requireWithCodeCache } from ${JSON.stringify(module)};
const loaded = requireWithCodeCache("citeproc", ${JSON.stringify(dir)});
${keep ? "loaded.keepCode();" : ""}
process.stdout.write(JSON.stringify({ fromCache: loaded.fromCache, engine: typeof loaded.exports.Engine }));`;
  return JSON.parse(execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", code], { encoding: "utf8" })) as { fromCache: boolean; engine: string };
}

describe("a package loaded with V8's kept code", () => {
  it("loads as require does, keeps its code, and is given it by the next build", () => {
    const dir = mkdtempSync(join(tmpdir(), "v8-code-"));
    expect(loadIn(dir)).toEqual({ fromCache: false, engine: "function" });
    expect(readdirSync(dir).filter((name) => name.endsWith(".bin"))).toHaveLength(1);
    expect(loadIn(dir)).toEqual({ fromCache: true, engine: "function" });
  }, 30_000);

  it("loads from the source when the kept code is damaged, and keeps it anew", () => {
    const dir = mkdtempSync(join(tmpdir(), "v8-code-"));
    loadIn(dir);
    const [kept] = readdirSync(dir);
    writeFileSync(join(dir, kept ?? ""), "not V8's code");
    expect(loadIn(dir)).toEqual({ fromCache: false, engine: "function" });
    expect(loadIn(dir, false)).toEqual({ fromCache: true, engine: "function" });
  }, 30_000);
});
