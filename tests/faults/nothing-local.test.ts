/**
 * Nothing about the machine a build ran on is published: every file of the output (followed
 * through the article's link into its version folder), every entry of the EPUB unzipped, and
 * the PDF's information and XMP metadata (pdfinfo) are searched for the build's absolute paths
 * (the source's folder, the output folder, the project), the user's name and the host's name.
 * The source sits under a folder named like a home folder, so that a leak would show here even
 * on a machine whose user is root.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { hostname, tmpdir, userInfo } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../scripts/lib/project-paths.ts";
import { filesUnder, startBuild } from "./fault-helpers.ts";

/** Names too short or too common to search for without matching ordinary text. */
const commonNames = new Set(["root", "user", "admin", "runner", "build", "node", "ubuntu", "debian", "localhost", "home"]);
const searchable = (name: string): boolean => name.length > 3 && !commonNames.has(name.toLowerCase());

describe("published files", () => {
  it("name no absolute path, user or host", async () => {
    const work = mkdtempSync(join(tmpdir(), "press-local-"));
    const home = join(work, "home", "jane-q-author", "articles");
    mkdirSync(join(home, "figures"), { recursive: true });
    const source = join(home, "local.md");
    writeFileSync(join(home, "figures", "bar.png"), readFileSync(join(projectRoot, "tests", "fixtures", "images", "figures", "bar.png")));
    writeFileSync(source, "---\ntitle: Local\nslug: local\ndate: 2024-05-01\n---\nA sentence.[^1]\n\n![A bar](figures/bar.png)\n\n[^1]: A note.\n");
    const out = join(work, "dist");
    const build = startBuild([source, "--out", out], { PRESS_TRACE: "" });
    expect((await build.ended).code, build.stderr()).toBe(0);

    const needles = [work, out, home, projectRoot, "jane-q-author", userInfo().username, hostname()].filter(searchable);
    const texts: Array<[string, string]> = [];
    for (const file of filesUnder(out)) {
      const path = join(out, file);
      const bytes = readFileSync(path);
      texts.push([file, bytes.toString("latin1")]);
      if (file.endsWith(".epub")) {
        const zip = await JSZip.loadAsync(bytes);
        for (const entry of Object.values(zip.files).filter((candidate) => !candidate.dir)) texts.push([`${file}!${entry.name}`, (await entry.async("nodebuffer")).toString("latin1")]);
      }
      if (file.endsWith(".pdf")) {
        texts.push([`${file} (pdfinfo)`, execFileSync("pdfinfo", ["-isodates", path], { encoding: "utf8" })]);
        texts.push([`${file} (XMP)`, execFileSync("pdfinfo", ["-meta", path], { encoding: "utf8" })]);
      }
    }
    expect(texts.map(([name]) => name)).toEqual(expect.arrayContaining(["local/verify.json", "local/edition.json", "local/local.pdf (pdfinfo)", expect.stringMatching(/^local\/local\.epub!/)]));
    const leaks = texts.flatMap(([name, text]) => needles.filter((needle) => text.includes(needle)).map((needle) => `${name} contains ${needle}`));
    expect(leaks).toEqual([]);
    expect(JSON.parse(readFileSync(join(out, "local", "edition.json"), "utf8")).source).toBe("local.md");
    expect(JSON.parse(readFileSync(join(out, "local", "verify.json"), "utf8")).source).toBe("local.md");
  }, 90_000);
});
