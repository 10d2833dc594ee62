import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { main, type CliIo } from "../scripts/import-legacy.ts";

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const SEED = resolve(REPO_ROOT, "content/sources/mko-fears-us-withdrawal.txt");
const CONTENT = resolve(REPO_ROOT, "content/mko-fears-us-withdrawal.md");

const SEED_NOTES = [
  "Feller, Ben, AP, Obama Complete Troop Withdrawal from Iraq, Oct.21, 2011",
  "ibid",
  "Dagher, Sam, Wall Street Journal, Maliki Takes Hard Line on American Withdrawal, Oct.23, 2011",
  "ibid",
  "Aswat-al-Iraq, Maliki, Kopler discuss evacuation Iranian Ashraf Camp, Oct. 16, 2011",
  "Fars News Agency, Moqtada Sadr Reiterates Iraq’s Demand for Expulsion of MKO, Sep.19, 2011",
  "Lord Corbett, The Huffington Post, MPs Demand UN protection at Camp Ashraf Oct.25, 2011",
  "Kalbasi, Bahman, BBC, Iran Exile Group seeks US Terror de-listing, Sep.24, 2011",
  "ibid",
  "Singleton, Anne, Open Letter to Catherine Ashton on hostages in Camp Ashraf, Oct26, 2011",
  "ibid",
];

interface Captured {
  code: number;
  stdout: string;
  stderr: string[];
}

async function runCli(argv: string[], cwd = REPO_ROOT, debug = false): Promise<Captured> {
  let stdout = "";
  const stderr: string[] = [];
  const io: CliIo = { cwd, stdout: (text) => (stdout += text), stderr: (line) => stderr.push(line), debug };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

const temporaryDirectories: string[] = [];
function scratch(): string {
  const directory = mkdtempSync(join(tmpdir(), "import-legacy-"));
  temporaryDirectories.push(directory);
  return directory;
}
afterEach(() => {
  for (const directory of temporaryDirectories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

describe("golden import of the seed", () => {
  const { args } = JSON.parse(readFileSync(resolve(REPO_ROOT, "tests/golden/import-command.json"), "utf8")) as { args: string[] };

  it("records the command that writes content/mko-fears-us-withdrawal.md from the seed", () => {
    expect(resolve(REPO_ROOT, args[0] ?? "")).toBe(SEED);
    expect(args[args.indexOf("--out") + 1]).toBe("content/mko-fears-us-withdrawal.md");
  });

  it("reproduces the content file byte for byte", async () => {
    const out = join(scratch(), "out.md");
    const argv = args.map((arg, i) => (args[i - 1] === "--out" ? out : arg));
    const result = await runCli(argv);
    expect(result).toEqual({ code: 0, stdout: "", stderr: [] });
    expect(readFileSync(out)).toEqual(readFileSync(CONTENT));
  });

  it("has the 11 notes of the seed, texts exact, in order", () => {
    const content = readFileSync(CONTENT, "utf8");
    const definitions = [...content.matchAll(/^\[\^(\d+)\]: (.*)$/gmu)].map((m) => [Number(m[1]), m[2]]);
    expect(definitions).toEqual(SEED_NOTES.map((text, i) => [i + 1, text]));
    for (let n = 1; n <= 11; n++) expect(content.split(`[^${n}]`).length - 1, `calls of [^${n}]`).toBe(2);
    expect(content).toContain("will be over.”[^1] Obama spoke");
    expect(content).toContain("government.”[^7] There’s no doubt");
    expect(content).toContain("the end of the [withdrawal] period.”[^4]");
    // Plain text kept from Markdown: asterisks and straight quotes show as the seed has them.
    expect(content).toContain("reports \\*The Wall Street Journal\\*.");
    expect(content).toContain("by year\\'s end");
  });
});

describe("import CLI", () => {
  it("writes Markdown to stdout without --out", async () => {
    const result = await runCli([SEED, "--lang", "en-GB"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^---\ntitle: MKO fears the U\.S\. military withdrawal\nlang: en-GB\nsource: mko-fears-us-withdrawal\.txt\n---\n\n/u);
  });

  it("exits 2 with one line on usage errors", async () => {
    for (const argv of [[], [SEED, "--bogus"], [SEED, SEED], [SEED, "--date", "05/11/2011"], [SEED, "--slug", "Bad Slug"], ["/nonexistent/x.txt"], [SEED, "--out"]]) {
      const result = await runCli(argv);
      expect(result.code, argv.join(" ")).toBe(2);
      expect(result.stderr).toHaveLength(1);
      expect(result.stderr[0]).toContain("usage: npm run import --");
    }
  });

  it("exits 1 on content errors, printing file:line diagnostics, and leaves --out untouched", async () => {
    const directory = scratch();
    writeFileSync(join(directory, "bad.txt"), "Title\n\nText[1] and[5].\n\n[1] a\n[2] b\n");
    writeFileSync(join(directory, "out.md"), "previous good file\n");
    const result = await runCli(["bad.txt", "--out", "out.md"], directory);
    expect(result.code).toBe(1);
    expect(result.stderr).toEqual([
      "bad.txt:3: note call [5] has no note in the note list",
      "bad.txt:6: warning: note [2] is never called in the text",
    ]);
    expect(readFileSync(join(directory, "out.md"), "utf8")).toBe("previous good file\n");
    expect(readdirSync(directory).sort()).toEqual(["bad.txt", "out.md"]);
  });

  it("exits 1 on note numbers that cannot be note numbers, naming each line, and writes nothing", async () => {
    const directory = scratch();
    writeFileSync(join(directory, "numbers.txt"), "Title\n\nText[1] and[2].\n\n[0] zero\n[1] a\n[01] again\n[2] b\n[-1] minus\n[99999999999999999999] huge\n");
    const result = await runCli(["numbers.txt", "--out", "out.md"], directory);
    expect(result.code).toBe(1);
    expect(result.stderr).toEqual([
      "numbers.txt:5: note number [0] is not a positive whole number; notes are numbered from [1]",
      "numbers.txt:7: note number [01] has a leading zero: it repeats note [1] (line 6)",
      "numbers.txt:9: note number [-1] is not a positive whole number; notes are numbered from [1]",
      "numbers.txt:10: note number [99999999999999999999] is too large: a note number has at most 6 digits",
    ]);
    expect(readdirSync(directory)).toEqual(["numbers.txt"]);
  });

  it("exits 1 on non-UTF-8 input, naming the line", async () => {
    const directory = scratch();
    writeFileSync(join(directory, "latin1.txt"), Buffer.from("Title\n\nCaf\xe9[1]\n\n[1] a\n", "latin1"));
    const result = await runCli(["latin1.txt"], directory);
    expect(result).toEqual({ code: 1, stdout: "", stderr: ["latin1.txt:3: invalid UTF-8 byte 0xE9; save the file as UTF-8"] });
  });

  it("prints warnings but exits 0 and writes the file atomically, keeping its mode", async () => {
    const directory = scratch();
    writeFileSync(join(directory, "warn.txt"), "Title\n\nText[1].\n\n[1] a\n[2] b\n");
    writeFileSync(join(directory, "out.md"), "old\n", { mode: 0o640 });
    const result = await runCli(["warn.txt", "--out", "out.md"], directory);
    expect(result).toEqual({ code: 0, stdout: "", stderr: ["warn.txt:6: warning: note [2] is never called in the text"] });
    expect(readFileSync(join(directory, "out.md"), "utf8")).toContain("Text[^1].\n\n[^1]: a\n[^2]: b\n");
    expect(statSync(join(directory, "out.md")).mode & 0o777).toBe(0o640);
    expect(readdirSync(directory).sort()).toEqual(["out.md", "warn.txt"]);
  });

  it("fails with one line and no leftovers when the output directory is missing", async () => {
    const directory = scratch();
    const result = await runCli([SEED, "--out", join(directory, "missing", "out.md")]);
    expect(result.code).toBe(1);
    expect(result.stderr).toHaveLength(1);
    expect(result.stderr[0]).toMatch(/^cannot write .*out\.md: no such file or directory$/u);
    expect(readdirSync(directory)).toEqual([]);

    // Failing after the temporary file exists (renaming over a directory) must remove it.
    mkdirSync(join(directory, "out.md"));
    const overDirectory = await runCli([SEED, "--out", join(directory, "out.md")]);
    expect(overDirectory.code).toBe(1);
    expect(readdirSync(directory)).toEqual(["out.md"]);

    const debug = await runCli([SEED, "--out", join(directory, "missing", "out.md")], REPO_ROOT, true);
    expect(debug.stderr.length).toBeGreaterThan(1);
    expect(debug.stderr[1]).toContain("    at ");
  });
});
