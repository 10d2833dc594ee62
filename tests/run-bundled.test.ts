/**
 * The build runs from a bundle compiled from the TypeScript sources (scripts/run-bundled.mjs).
 * A stale bundle would silently run old code: every edit must give a new one, and a source
 * that does not compile must be reported with its file and line. Run in a copy of the
 * launcher inside a throwaway project, so the real sources are never touched.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../scripts/lib/project-paths.ts";

let work: string;

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [join(work, "scripts", "run-bundled.mjs"), ...args], { cwd: work, encoding: "utf8" });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const bundles = () => readdirSync(join(work, ".cache", "bundles")).filter((name) => !name.endsWith(".tmp"));

describe("run-bundled", () => {
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), "press-bundled-"));
    mkdirSync(join(work, "scripts", "lib"), { recursive: true });
    mkdirSync(join(work, "layouts"));
    copyFileSync(join(projectRoot, "scripts", "run-bundled.mjs"), join(work, "scripts", "run-bundled.mjs"));
    symlinkSync(join(projectRoot, "node_modules"), join(work, "node_modules"));
    writeFileSync(join(work, "package.json"), '{ "type": "module" }\n');
    writeFileSync(join(work, "eleventy.config.ts"), "export default function configure(): void {}\n");
    writeFileSync(join(work, "package-lock.json"), '{ "lockfileVersion": 3 }\n');
    // yaml and Eleventy are compiled into the bundle (Eleventy still reads its package.json from
    // node_modules, for its version); mupdf stays in node_modules.
    writeFileSync(
      join(work, "scripts", "hello.ts"),
      'import { greeting } from "./lib/greeting.ts";\nimport { parse } from "yaml";\nconst lazy = await import("./lib/lazy.ts");\nconst { Eleventy } = await import("@11ty/eleventy");\nconst mupdf = await import("mupdf");\nconsole.log(`${greeting} ${lazy.name} ${parse("n: 1").n} ${/^\\d+\\.\\d+/.test(Eleventy.getVersion())} ${typeof mupdf.Document} ${process.argv.slice(2).join(",")}`);\n',
    );
    writeFileSync(join(work, "scripts", "lib", "greeting.ts"), 'export const greeting: string = "hello";\n');
    writeFileSync(join(work, "scripts", "lib", "lazy.ts"), 'export const name: string = "world";\n');
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("compiles the entry once and runs it with the command's arguments", () => {
    expect(run("scripts/hello.ts", "a", "b")).toMatchObject({ code: 0, stdout: "hello world 1 true function a,b\n" });
    expect(bundles()).toHaveLength(1);
    expect(run("scripts/hello.ts")).toMatchObject({ code: 0, stdout: "hello world 1 true function \n" });
    expect(bundles()).toHaveLength(1);
  });

  it("compiles some packages in and imports the others from node_modules", () => {
    const dir = join(work, ".cache", "bundles", bundles()[0]!);
    const code = readdirSync(dir, { recursive: true })
      .map(String)
      .filter((name) => name.endsWith(".js"))
      .map((name) => readFileSync(join(dir, name), "utf8"))
      .join("\n");
    expect(code).not.toMatch(/from ["']yaml["']/);
    expect(code).not.toMatch(/import\(["']@11ty\/eleventy["']\)/);
    expect(code).toMatch(/import\(["']mupdf["']\)/);
  });

  it("compiles again after any source file changes, lazily imported ones too", () => {
    writeFileSync(join(work, "scripts", "lib", "lazy.ts"), 'export const name: string = "again";\n');
    expect(run("scripts/hello.ts")).toMatchObject({ code: 0, stdout: "hello again 1 true function \n" });
    writeFileSync(join(work, "layouts", "page.ts"), "export const unused = 1;\n");
    run("scripts/hello.ts");
    // Packages are compiled in: another install is another bundle.
    writeFileSync(join(work, "package-lock.json"), '{ "lockfileVersion": 3, "packages": {} }\n');
    run("scripts/hello.ts");
    // Four versions of the inputs, four bundles (old ones stay an hour for builds still running).
    expect(bundles()).toHaveLength(4);
  });

  it("reports a source that does not compile with its file and line, and exits 1", () => {
    writeFileSync(join(work, "scripts", "lib", "greeting.ts"), 'export const greeting: string = "hello";\nexport const broken = ;\n');
    const result = run("scripts/hello.ts");
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(/^scripts\/lib\/greeting\.ts:2: could not compile the pipeline: /);
  });

  it("explains its usage when no TypeScript entry is given", () => {
    expect(run()).toMatchObject({ code: 2 });
    expect(run("scripts/hello.js").stderr).toMatch(/usage: node scripts\/run-bundled\.mjs/);
  });
});
