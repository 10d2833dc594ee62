/**
 * `npx @11ty/eleventy --serve` in this repository: Eleventy's dev server serves the article's
 * page (with its live-reload client) and the PDF and EPUB the plugin put beside it, and a saved
 * change to the article is built again, editions included. The articles are a copy of content/
 * (given with --input), so the test never writes into the project.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { get } from "node:http";
import { appendFileSync, cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { contentDir, projectRoot } from "../scripts/lib/project-paths.ts";

const slug = "mko-fears-us-withdrawal";

/** Resolves once `output()` matches `pattern`, or rejects after `ms`. */
function waitFor(output: () => string, pattern: RegExp, ms: number): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const timer = setInterval(() => {
      const match = pattern.exec(output());
      if (match) {
        clearInterval(timer);
        resolve(match);
      } else if (Date.now() - started > ms) {
        clearInterval(timer);
        reject(new Error(`no ${pattern} within ${ms} ms in:\n${output()}`));
      }
    }, 200);
  });
}

/** A page as a browser navigating to it asks for it (the dev server adds its client only then). */
function navigateTo(url: string): Promise<{ status: number; html: string }> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { "sec-fetch-mode": "navigate", accept: "text/html" } }, (response) => {
      let html = "";
      response.on("data", (chunk: Buffer) => (html += chunk.toString()));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, html }));
    }).on("error", reject);
  });
}

describe("npx @11ty/eleventy --serve", () => {
  const work = mkdtempSync(join(tmpdir(), "press-serve-"));
  const input = join(work, "content");
  cpSync(contentDir, input, { recursive: true });
  let server: ChildProcess | undefined;
  let output = "";

  afterAll(() => {
    server?.kill("SIGTERM");
  });

  it("serves the page and its editions, and builds them again when the article is saved", async () => {
    server = spawn(process.execPath, [join(projectRoot, "node_modules", "@11ty", "eleventy", "cmd.cjs"), "--serve", "--port=8391", `--input=${input}`, `--output=${join(work, "_site")}`], {
      cwd: projectRoot,
      env: { ...process.env, NODE_OPTIONS: "", DEBUG: "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    server.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    server.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const [, url] = await waitFor(() => output, /Server at (http:\/\/localhost:\d+\/)/, 120_000);
    await waitFor(() => output, /\[footnote-press\] verified/, 120_000);

    const { status, html } = await navigateTo(`${url}${slug}/`);
    expect(status).toBe(200);
    expect(html).toContain('<sup class="note-call">');
    // Eleventy's dev server adds its live-reload client to the pages it serves.
    expect(html).toMatch(/reload-client/);
    for (const [file, type] of [[`${slug}.pdf`, "application/pdf"], [`${slug}.epub`, "application/epub+zip"]] as const) {
      const response = await fetch(`${url}${slug}/${file}`);
      expect(response.status, file).toBe(200);
      expect(response.headers.get("content-type")).toContain(type);
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(10_000);
    }

    // A saved change: the page and its editions are made again.
    appendFileSync(join(input, `${slug}.md`), "\nA sentence added while the server runs.\n");
    await waitFor(() => output, /File changed[\s\S]*\[footnote-press\] verified/, 120_000);
    await waitFor(() => output, /File changed[\s\S]*\[footnote-press\] verified[\s\S]*Wrote/, 60_000);
    const again = (await navigateTo(`${url}${slug}/`)).html;
    expect(again).toContain("A sentence added while the server runs.");
  }, 300_000);
});
