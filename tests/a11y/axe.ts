/** Runs axe-core (from npm) inside a page of the real Chromium and returns its violations. */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "puppeteer-core";
import { serveSite } from "./served-site.ts";

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[]; failureSummary?: string }>;
}

/** Every axe rule that applies to the page (WCAG 2.0 to 2.2, A and AA, and best practices). */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  return (await page.evaluate(`axe.run(document, { resultTypes: ["violations"], runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] } })
    .then((results) => results.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) })))`)) as AxeViolation[];
}

/** One line per violated rule and node, for a failing assertion's message. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations.flatMap((v) => v.nodes.map((node) => `${v.id} (${v.impact}): ${node.target.join(" ")}: ${node.failureSummary ?? v.help}`)).join("\n");
}

/**
 * Serves `root`, opens each of `paths` at each of `widths` and runs axe-core on it: one line per
 * page it faults ("path at width px: …"), none when every page passes.
 */
export async function servedPagesViolations(root: string, paths: readonly string[], widths: readonly number[]): Promise<string[]> {
  const site = await serveSite(root);
  const faults: string[] = [];
  try {
    for (const path of paths) {
      for (const width of widths) {
        const page = await site.open(path, width);
        try {
          const violations = await axeViolations(page);
          if (violations.length) faults.push(`${path} at ${width} px: ${describeViolations(violations)}`);
        } finally {
          await page.close();
        }
      }
    }
  } finally {
    await site.close();
  }
  return faults;
}
