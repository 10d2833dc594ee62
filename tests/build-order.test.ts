/**
 * The order of a build's steps around its first layout, read from its PRESS_TRACE timeline:
 * the browser is connected to before the parse is done (Chromium finishes starting and opens
 * the first page while this process parses), and what no task needs before the layouts are
 * done (Eleventy, the verifier's warm-up, the cover, more pages) waits until the first layout
 * is handed over (under way, or waiting for Chromium), so nothing in this process stands
 * between the parse and the first layout.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./helpers/run-cli.ts";

describe("a build's first layout", () => {
  it("has the browser connecting before the parse ends, and Eleventy, the verifier, the cover and more pages wait until it is handed over", async () => {
    const work = mkdtempSync(join(tmpdir(), "press-order-"));
    const source = join(work, "ordered.md");
    writeFileSync(source, "---\ntitle: Ordered\ndate: 2024-05-01\n---\nA sentence.[^a] Another.[^b]\n\n[^a]: First note.\n[^b]: Second note.\n");
    // An empty cache: the cover is drawn, not found.
    const result = await runCli("build.ts", [source, "--out", join(work, "dist")], { PRESS_TRACE: "1", PRESS_CACHE_DIR: join(work, "cache") });
    expect(result.code, result.stderr).toBe(0);
    const steps = result.stderr
      .split("\n")
      .filter((line) => line.startsWith("trace "))
      .map((line) => line.replace(/^trace .*?\)\s+/, ""));
    const at = (step: string): number => {
      const index = steps.findIndex((line) => line === step || line.endsWith(step));
      expect(index, `"${step}" in the timeline:\n${steps.join("\n")}`).toBeGreaterThanOrEqual(0);
      return index;
    };
    expect(at("connecting to the browser")).toBeLessThan(at("task parse done"));
    const handedOver = steps.findIndex((line) => line.startsWith("first layout handed over: "));
    expect(handedOver, steps.join("\n")).toBeGreaterThan(at("task parse done"));
    // Handed over when the page was loaded (under way), or when the print task found Chromium not ready: never before the print task ran.
    expect(handedOver).toBeGreaterThan(at("task layout done"));
    for (const later of ["Eleventy loaded", "verifier warming up", "cover ordered: drawn", "pages prepared"]) expect(at(later), later).toBeGreaterThan(handedOver);
    expect(at("print ordered: layout under way")).toBeGreaterThanOrEqual(0);
  }, 120_000);
});
