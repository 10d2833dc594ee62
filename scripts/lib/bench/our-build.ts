/** One run of `npm run build` on a document, as a separate process, with its task times read from its progress lines. */
import { join } from "node:path";
import { projectRoot } from "../project-paths.ts";
import { measureCommand, type MeasureOptions } from "./measure-command.ts";

export interface OurResult {
  totalMs: number;
  /** CPU time of the whole process tree (Node and Chromium), sampled (measure-command.ts). */
  cpuMs: number;
  peakRssBytes: number;
  pages: number;
  stages: Record<string, number>;
  layoutMs: number;
  pdfWriteMs: number;
  /** Time spent building the EPUBs, beside the PDF write (the epub line's time is the same work). */
  epubWorkMs: number;
  /** Time Eleventy took for the web pages, which it makes beside the print stage. */
  webWorkMs: number;
}

const durationPattern = /([\d.]+) (ms|s)/;

function toMs(text: string): number {
  const match = durationPattern.exec(text);
  if (!match) return 0;
  return Number(match[1]) * (match[2] === "s" ? 1000 : 1);
}

/** `options.rebuild`: without --force, as a user's build after an edit (only what changed is built). */
export async function runOurBuild(markdownFile: string, outDir: string, extraArgs: string[] = [], options: MeasureOptions & { rebuild?: boolean } = {}): Promise<OurResult> {
  // As `npm run build` runs it: plain Node on the precompiled bundle (scripts/run-bundled.mjs).
  const force = options.rebuild ? [] : ["--force"];
  const run = await measureCommand(process.execPath, [join(projectRoot, "scripts", "run-bundled.mjs"), join(projectRoot, "scripts", "build.ts"), markdownFile, "--out", outDir, ...force, ...extraArgs], options);
  if (run.exitCode !== 0) throw new Error(`build failed for ${markdownFile}: ${run.stderr.trim().split("\n").slice(-3).join(" | ")}`);
  const stages: Record<string, number> = {};
  let pages = 0;
  let layoutMs = 0;
  let pdfWriteMs = 0;
  let epubWorkMs = 0;
  let webWorkMs = 0;
  for (const line of run.stdout.split("\n")) {
    const match = /^(\w+)\s+(.*?)\s+([\d.]+ (?:ms|s))$/.exec(line.trim());
    if (!match) continue;
    const [, name = "", detail = "", duration = ""] = match;
    stages[name] = toMs(duration);
    if (name === "print") {
      pages = Number(/(\d+) pages?/.exec(detail)?.[1] ?? 0);
      layoutMs = toMs(/layout ([\d.]+ (?:ms|s))/.exec(detail)?.[1] ?? "");
      pdfWriteMs = toMs(/PDF write ([\d.]+ (?:ms|s))/.exec(detail)?.[1] ?? "");
    }
    if (name === "epub") epubWorkMs = toMs(/built in ([\d.]+ (?:ms|s))/.exec(detail)?.[1] ?? "");
    if (name === "web") webWorkMs = toMs(/Eleventy, ([\d.]+ (?:ms|s))/.exec(detail)?.[1] ?? "");
  }
  return { totalMs: run.wallMs, cpuMs: run.cpuMs, peakRssBytes: run.peakRssBytes, pages, stages, layoutMs, pdfWriteMs, epubWorkMs, webWorkMs };
}
