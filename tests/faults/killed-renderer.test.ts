/**
 * Chromium's page process killed with SIGKILL in the middle of laying out a long generated
 * book: the build notices within a second or two (not at the 120 s timeout), says so in one
 * warning line naming the article, tries once more, and ends with the book built or one error
 * line naming it. The renderer is found among the build's own Chromium's processes (by its
 * profile, in a temporary folder of this test), the one kept busy being the one laying out.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { startBuild } from "./fault-helpers.ts";
import { projectRoot } from "../../scripts/lib/project-paths.ts";

interface Proc {
  pid: number;
  parent: number;
  cpu: number;
  args: string;
}

function processes(): Proc[] {
  return readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .flatMap((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
        const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
        const args = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ");
        return [{ pid: Number(pid), parent: Number(fields[1]), cpu: Number(fields[11]) + Number(fields[12]), args }];
      } catch {
        return [];
      }
    });
}

/** The renderers of the Chromium whose profile lies in `temp`, with the CPU time each has used. */
function renderers(temp: string): Proc[] {
  const all = processes();
  const browser = all.find((proc) => proc.args.includes(`--user-data-dir=${temp}`) && !proc.args.includes("--type="));
  if (!browser) return [];
  const family = new Set([browser.pid]);
  for (let grown = true; grown; ) {
    grown = false;
    for (const proc of all) if (family.has(proc.parent) && !family.has(proc.pid)) family.add(proc.pid), (grown = true);
  }
  return all.filter((proc) => family.has(proc.pid) && proc.args.includes("--type=renderer"));
}

/** Each renderer's CPU ticks over the next 0.3 s, busiest first. */
async function busiestRenderers(temp: string): Promise<Array<{ pid: number; busy: number }>> {
  const before = new Map(renderers(temp).map((proc) => [proc.pid, proc.cpu]));
  await new Promise((resolve) => setTimeout(resolve, 300));
  return renderers(temp)
    .map((proc) => ({ pid: proc.pid, busy: proc.cpu - (before.get(proc.pid) ?? proc.cpu) }))
    .sort((a, b) => b.busy - a.busy);
}

/**
 * The renderer laying out the book: the one busiest over two windows in a row, and busy in
 * both (a third of a core or more). A cover drawn or a page opened keeps a renderer busy for
 * a moment; Paged.js over 60 chapters keeps one busy for seconds. Undefined if the layout
 * ended (`laidOut` says so) before one was found.
 */
async function layoutRenderer(temp: string, laidOut: () => boolean): Promise<number | undefined> {
  const busyEnough = 10; // ticks of 10 ms in a window of 300 ms
  let previous: number | undefined;
  while (!laidOut()) {
    const [top] = await busiestRenderers(temp);
    if (top && top.busy >= busyEnough && top.pid === previous) return top.pid;
    previous = top && top.busy >= busyEnough ? top.pid : undefined;
  }
  return undefined;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function setUp(): { book: string; temp: string; out: string } {
  const work = mkdtempSync(join(tmpdir(), "press-renderer-"));
  const temp = join(work, "tmp");
  mkdirSync(temp);
  const book = join(work, "book.md");
  execFileSync(process.execPath, ["--import", import.meta.resolve("tsx"), join(projectRoot, "scripts", "generate.ts"), "book", "60", book], { cwd: projectRoot, stdio: "ignore" });
  return { book, temp, out: join(work, "dist") };
}

/** Waits for the `nth` layout of the book to be under way, then kills its renderer; returns when. */
async function killLayout(build: ReturnType<typeof startBuild>, temp: string, nth: number): Promise<number> {
  for (;;) {
    await build.line(/print book-60: page ready/);
    if (build.stderr().split("print book-60: page ready").length - 1 >= nth) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const laidOut = (): boolean => build.stderr().split("print book-60: laid out").length - 1 >= nth;
  const victim = await layoutRenderer(temp, laidOut);
  expect(victim, "the layout ended before its renderer could be told from the others").toBeDefined();
  process.kill(victim!, "SIGKILL");
  return performance.now();
}

describe("a renderer killed mid-layout", () => {
  it("is noticed at once, retried once, and reported in one line naming the article", async () => {
    const { book, temp, out } = setUp();
    const build = startBuild([book, "--out", out], { TMPDIR: temp });
    const killedAt = await killLayout(build, temp, 1);
    const warning = await build.line(/warning: .*crashed.*trying once more/);
    const noticedMs = performance.now() - killedAt;
    const { code } = await build.ended;
    console.log(`renderer killed; noticed after ${Math.round(noticedMs)} ms; build exited ${code}`);
    expect(warning).toBe(`${book}: warning: Chromium's page process crashed (Page crashed): killed, or out of memory; trying once more`);
    // Chromium reports the crash at once; the rest is this machine scheduling two processes.
    expect(noticedMs).toBeLessThan(3_000);
    const problems = build.stderr().split("\n").filter((line) => line && !line.startsWith("trace "));
    if (code === 0) {
      expect(problems).toEqual([warning]);
    } else {
      // The second try ran to its end; whatever it met is one line naming the book.
      expect(problems.length).toBe(3);
      expect(problems[1]).toMatch(new RegExp(`^${escape(book)}(:\\d+)?: `));
      expect(problems[2]).toMatch(/^build failed: 0 of 1 article built/);
    }
  }, 240_000);

  it("killed on the second try too: one error line naming the article", async () => {
    const { book, temp, out } = setUp();
    const build = startBuild([book, "--out", out], { TMPDIR: temp });
    await killLayout(build, temp, 1);
    await killLayout(build, temp, 2);
    const { code } = await build.ended;
    expect(code).toBe(1);
    const problems = build.stderr().split("\n").filter((line) => line && !line.startsWith("trace "));
    expect(problems).toEqual([
      `${book}: warning: Chromium's page process crashed (Page crashed): killed, or out of memory; trying once more`,
      `${book}: print edition of "A generated book of 60 chapters" failed twice: Chromium's page process crashed (Page crashed): killed, or out of memory`,
      expect.stringMatching(/^build failed: 0 of 1 article built/),
    ]);
  }, 240_000);
});
