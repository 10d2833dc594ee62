/**
 * kill -9 at many points of a build, drawn from a fixed seed: half at a random time after
 * the start, half aimed at a step of the build's PRESS_TRACE timeline (most of them at the
 * publish stage) plus a few milliseconds. After each kill the article's published set must be
 * whole (every file there, hashes equal to its edition.json) and all old or all new; the next
 * build takes over the lock the killed one left. At the end a build removes every leftover,
 * and says "up to date" only while the published files match their record.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readPublishedSet, seededRandom, sha256, smallArticle, startBuild } from "./fault-helpers.ts";

/** Waits (up to 20 s) until no process runs with a Chromium profile under `temp`. */
async function chromiumGone(temp: string): Promise<void> {
  for (let waited = 0; waited < 20_000; waited += 250) {
    const running = readdirSync("/proc")
      .filter((name) => /^\d+$/.test(name))
      .some((pid) => {
        try {
          return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(`--user-data-dir=${temp}`);
        } catch {
          return false;
        }
      });
    if (!running) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const kills = 16;
const slug = "killed";
const aims = [
  /task parse done/,
  /print killed: page ready/,
  /task print done/,
  /publish killed: staged/,
  /publish killed: verified/,
  /publish killed: verified/,
  /publish killed: version folder in place/,
  /publish killed: version folder in place/,
  /publish killed: published/,
  /task publish done/,
];

describe("a build killed with SIGKILL at any moment", () => {
  it(`leaves each article's old set or its new one, whole (${kills} kills)`, async () => {
    const work = mkdtempSync(join(tmpdir(), "press-kill-"));
    const source = join(work, "src", `${slug}.md`);
    const out = join(work, "dist");
    const temp = join(work, "tmp");
    mkdirSync(join(work, "src"));
    mkdirSync(temp);
    const env = { TMPDIR: temp };
    writeFileSync(source, smallArticle(slug, 0));
    const first = startBuild([source, "--out", out], env);
    expect((await first.ended).code, first.stderr()).toBe(0);

    const random = seededRandom(20_240_501);
    const outcomes = { old: 0, new: 0, finished: 0 };
    const log: string[] = [];
    for (let round = 1; round <= kills; round++) {
      const before = readPublishedSet(out, slug);
      const text = smallArticle(slug, round);
      writeFileSync(source, text);
      const build = startBuild([source, "--out", out], env);
      const aim = round % 2 === 0 ? aims[Math.floor(random() * aims.length)]! : undefined;
      const delay = aim ? Math.floor(random() * 25) : 300 + Math.floor(random() * 2_700);
      if (aim) await build.line(aim);
      await new Promise((resolve) => setTimeout(resolve, delay));
      build.child.kill("SIGKILL");
      const { code } = await build.ended;
      const after = readPublishedSet(out, slug);
      if (code === 0) outcomes.finished++;
      const outcome = after.sourceHash === before.sourceHash ? "old" : "new";
      log.push(`${aim ? `${aim.source.replace(/\\/g, "")} +${delay} ms` : `${delay} ms after start`}: all ${outcome}${code === 0 ? " (finished)" : ""}`);
      if (outcome === "old") {
        expect(after.version).toBe(before.version);
        outcomes.old++;
      } else {
        expect(after.sourceHash, `round ${round}`).toBe(sha256(text));
        expect(readFileSync(join(out, slug, "index.html"), "utf8")).toContain(`Version ${round} of the text`);
        outcomes.new++;
      }
    }
    console.log(log.join("\n"));
    console.log(`kill -9 ${kills} times: ${outcomes.old} all-old, ${outcomes.new} all-new (${outcomes.finished} of them finished before the kill)`);
    expect(outcomes.old + outcomes.new).toBe(kills);

    // Chromium profiles of the killed builds (their browsers quit once the build's pipe closes),
    // made to look old enough to be abandoned.
    await chromiumGone(temp);
    const past = new Date(Date.now() - 60_000);
    for (const name of readdirSync(temp)) utimesSync(join(temp, name), past, past);
    const last = startBuild([source, "--out", out], env);
    expect((await last.ended).code, last.stderr()).toBe(0);
    const published = readPublishedSet(out, slug);
    expect(readdirSync(out).sort()).toEqual([".versions", "assets", "index.html", slug]);
    expect(readdirSync(join(out, ".versions"))).toEqual([published.version.replace(".versions/", "")]);
    expect(readdirSync(temp)).toEqual([]);

    // Up to date while the files match edition.json; not once one of them is changed.
    const again = startBuild([source, "--out", out], env);
    expect((await again.ended).code).toBe(0);
    expect(again.stdout()).toContain("1 up to date");
    writeFileSync(join(out, slug, "verify.json"), "{}\n");
    const repaired = startBuild([source, "--out", out], env);
    expect((await repaired.ended).code, repaired.stderr()).toBe(0);
    expect(repaired.stdout()).not.toContain("up to date");
    readPublishedSet(out, slug);
  }, 300_000);
});
