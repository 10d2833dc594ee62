/**
 * Bad input, one row each: the exact message shape (`path:line: what is wrong`), exit code 1,
 * no stack trace, and the previously published edition in the same output folder left
 * byte-identical. Content never runs code, and nothing outside the project is published.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import JSZip from "jszip";
import { execFileSync } from "node:child_process";
import { runCli } from "./helpers/run-cli.ts";

const work = mkdtempSync(join(tmpdir(), "press-hardening-"));
const out = join(work, "dist");
const good = join(work, "good", "good.md");

function publishedBytes(): Record<string, string> {
  const dir = join(out, "good");
  return Object.fromEntries(readdirSync(dir).map((file) => [file, readFileSync(join(dir, file)).toString("base64")]));
}

interface BadInput {
  name: string;
  content: string | Buffer;
  /** The one line expected on stderr; `FILE` stands for the article's path. */
  message: RegExp;
  warningOnly?: boolean;
}

const rows: BadInput[] = [
  { name: "note called but never defined", content: "---\ntitle: T\n---\nText[^x].\n", message: /^FILE:4: footnote \[\^x\] is called but never defined$/ },
  { name: "label defined twice", content: "---\ntitle: T\n---\nText[^a].\n\n[^a]: One.\n[^a]: Two.\n", message: /^FILE:7: footnote \[\^a\] is defined twice \(first at line 6\)$/ },
  { name: "malformed YAML", content: "---\ntitle: [unclosed\n---\nText.\n", message: /^FILE:\d: front matter is not valid YAML: .+$/ },
  { name: "front matter not a mapping", content: "---\n- a list\n---\nText.\n", message: /^FILE:2: front matter must be a mapping of fields/ },
  { name: "no title and no heading", content: "Just text.\n", message: /^FILE:1: no title: add `title:` to the front matter or start with a # heading$/ },
  { name: "empty file", content: "", message: /^FILE:1: the file is empty$/ },
  { name: "bytes that are not UTF-8", content: Buffer.concat([Buffer.from("---\ntitle: T\n---\nfine\ncaf"), Buffer.from([0xe9]), Buffer.from("\n")]), message: /^FILE:5: the file is not valid UTF-8 text \(save it as UTF-8\)$/ },
  { name: "missing image", content: "---\ntitle: T\n---\n\n![A map](map.png)\n", message: /^FILE:5: image "map\.png" does not exist/ },
  { name: "image path leaving the project", content: "---\ntitle: T\n---\n![x](../../secret.png)\n", message: /^FILE:4: image "\.\.\/\.\.\/secret\.png" is outside the article's folder/ },
  { name: "absolute image path", content: "---\ntitle: T\n---\n![x](/etc/passwd)\n", message: /^FILE:4: image "\/etc\/passwd" is an absolute path/ },
  { name: "remote image URL", content: "---\ntitle: T\n---\n![x](http://10.255.255.1/dead.png)\n", message: /^FILE:4: image "http:\/\/10\.255\.255\.1\/dead\.png" is a remote URL/ },
  // The whole picture was echoed (60,000 characters on one line) and called a remote URL.
  { name: "data: image", content: `---\ntitle: T\n---\n![x](data:image/png;base64,${"iVBORw0KGgo".repeat(2000)})\n`, message: /^FILE:4: image "data:image\/png;base64,iVBORw0KGgo[^"]{0,60}…" is written into the text as a data: URL, which no edition takes; save the picture as a file next to the article and link it by its file name$/ },
  { name: "file: image", content: "---\ntitle: T\n---\n![x](file:///etc/passwd)\n", message: /^FILE:4: image "file:\/\/\/etc\/passwd" is a file: address, which no edition shows/ },
];

describe("bad input", () => {
  beforeAll(async () => {
    mkdirSync(join(work, "good"), { recursive: true });
    writeFileSync(good, "---\ntitle: Good\nslug: good\n---\nA published article.[^1]\n\n[^1]: Its note.\n");
    const first = await runCli("build.ts", [good, "--out", out]);
    expect(first.code, first.stderr).toBe(0);
  }, 120_000);

  for (const row of rows) {
    it(row.name, async () => {
      const before = publishedBytes();
      const folder = join(work, row.name.replace(/\W+/g, "-"));
      mkdirSync(folder, { recursive: true });
      const file = join(folder, "bad.md");
      writeFileSync(file, row.content);
      const started = performance.now();
      const result = await runCli("build.ts", [file, "--out", out]);
      expect(result.code).toBe(1);
      const lines = result.stderr.trim().split("\n");
      expect(lines[0]).toMatch(new RegExp(row.message.source.replace("FILE", file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))));
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(lines.at(-1)).toMatch(/^build failed: 0 of 1 article built/);
      expect(performance.now() - started).toBeLessThan(15_000);
      expect(publishedBytes()).toEqual(before);
      expect(readdirSync(out).filter((name) => name.includes("staging") || name.endsWith(".tmp"))).toEqual([]);
    }, 60_000);
  }

  it("warns about an unknown field with the closest known one, and still builds", async () => {
    const file = join(work, "warn.md");
    writeFileSync(file, "---\ntitle: W\nslug: warn\nautor: Someone\n---\nText.\n");
    const result = await runCli("build.ts", [file, "--out", out]);
    expect(result.code).toBe(0);
    expect(result.stderr.trim()).toBe(`${file}:4: warning: unknown front matter field "autor" (did you mean "author"?); it is ignored`);
  }, 120_000);

  it("a usage error is one line with exit code 2", async () => {
    const result = await runCli("build.ts", [join(work, "nope.md")]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe(`${join(work, "nope.md")}: no such file or folder`);
  });

  it("Chromium missing: a clear message with the install command, published editions kept", async () => {
    const before = publishedBytes();
    const file = join(work, "needs-browser.md");
    writeFileSync(file, "---\ntitle: Needs a browser\nslug: needs-browser\n---\nText.\n");
    const result = await runCli("build.ts", [file, "--out", out, "--force"], { CHROMIUM_PATH: "/nonexistent/chromium" });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("CHROMIUM_PATH is set to /nonexistent/chromium, but no executable is there");
    expect(publishedBytes()).toEqual(before);
  }, 60_000);
});

describe("content never runs code", () => {
  it("escapes script, event handlers and javascript: links in every edition", async () => {
    const folder = join(work, "hostile");
    mkdirSync(folder, { recursive: true });
    const file = join(folder, "hostile.md");
    writeFileSync(
      file,
      '---\ntitle: Hostile\nslug: hostile\n---\n<script>document.title="pwned"</script>\n\nA video <video src=x onerror="alert(1)"> and [a link](javascript:alert(1)).[^1]\n\n[^1]: <b onmouseover="alert(2)">note</b>\n',
    );
    const result = await runCli("build.ts", [file, "--out", out]);
    expect(result.code, result.stderr).toBe(0);
    const web = readFileSync(join(out, "hostile", "index.html"), "utf8");
    expect(web).not.toMatch(/<script/i);
    expect(web).not.toMatch(/<[^>]*\son(error|mouseover)\s*=/i);
    expect(web).not.toMatch(/href="javascript:/i);
    expect(web).toContain("&lt;script&gt;");
    const zip = await JSZip.loadAsync(readFileSync(join(out, "hostile", "hostile.epub")));
    for (const name of Object.keys(zip.files).filter((n) => n.endsWith(".xhtml"))) {
      const xhtml = await zip.file(name)!.async("string");
      expect(xhtml).not.toMatch(/<script/i);
      // As text the words may appear (escaped); as live attributes or links they must not.
      expect(xhtml).not.toMatch(/<[^>]*\son(error|mouseover)\s*=/i);
      expect(xhtml).not.toMatch(/href="javascript:/i);
    }
    const pdfPath = join(out, "hostile", "hostile.pdf");
    expect(readFileSync(pdfPath, "latin1")).not.toContain("/JavaScript");
    // The PDF prints the markup as text: it was never parsed as HTML, so it never ran.
    const text = execFileSync("pdftotext", [pdfPath, "-"], { encoding: "utf8" });
    expect(text).toContain("<script>document.title=");
    expect(text).toMatch(/<video src=x onerror=/);
  }, 120_000);
});
