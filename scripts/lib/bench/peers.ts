/**
 * The tools people would pick instead, run on the same documents: pandoc to EPUB, and
 * pandoc to HTML then WeasyPrint to a PDF with notes at the foot of the page.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { projectRoot } from "../project-paths.ts";
import { measureCommand } from "./measure-command.ts";

export interface PeerResult {
  epubMs: number;
  pdfMs: number;
  totalMs: number;
  /** CPU time of the three commands' process trees, sampled (measure-command.ts). */
  cpuMs: number;
  pages?: number;
}

export function peersAvailable(): boolean {
  return ["pandoc", "weasyprint"].every((tool) => spawnSync("which", [tool]).status === 0);
}

export async function runPeers(markdownFile: string, outDir: string): Promise<PeerResult> {
  const epub = await measureCommand("pandoc", [markdownFile, "-o", join(outDir, "peer.epub")]);
  const html = await measureCommand("pandoc", [markdownFile, "-s", "--lua-filter", join(projectRoot, "bench", "pandoc-footnotes.lua"), "-o", join(outDir, "peer.html")]);
  const pdf = await measureCommand("weasyprint", ["-s", join(projectRoot, "bench", "weasyprint-notes.css"), join(outDir, "peer.html"), join(outDir, "peer.pdf")]);
  for (const step of [epub, html, pdf]) if (step.exitCode !== 0) throw new Error(`peer tool failed: ${step.stderr.split("\n")[0]}`);
  const info = spawnSync("pdfinfo", [join(outDir, "peer.pdf")], { encoding: "utf8" });
  const pages = Number(/Pages:\s+(\d+)/.exec(info.stdout ?? "")?.[1]) || undefined;
  return {
    epubMs: epub.wallMs,
    pdfMs: html.wallMs + pdf.wallMs,
    totalMs: epub.wallMs + html.wallMs + pdf.wallMs,
    cpuMs: epub.cpuMs + html.cpuMs + pdf.cpuMs,
    pages,
  };
}
