/** Runs Ace by DAISY (the npm package's command) on an EPUB, in the system Chromium, and reads its report. */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { findChromium } from "../../scripts/lib/browser/chromium-path.ts";

const require = createRequire(import.meta.url);
const aceCommand = join(dirname(require.resolve("@daisy/ace-cli/package.json")), "bin", "ace.js");

export interface AceViolation {
  document: string;
  rule: string;
  impact: string;
  html: string;
}

export interface AceReport {
  outcome: string;
  violations: AceViolation[];
  /** Accessibility metadata Ace found missing from the package. */
  missingMetadata: string[];
}

interface EarlAssertion {
  "earl:result"?: { "earl:outcome"?: string; html?: string };
  "earl:test"?: { "dct:title"?: string; "earl:impact"?: string };
  "earl:testSubject"?: { url?: string };
  assertions?: EarlAssertion[];
}

export async function runAce(epub: string): Promise<AceReport> {
  const out = mkdtempSync(join(tmpdir(), "press-ace-"));
  await new Promise<void>((resolve, reject) => {
    execFile(
      process.execPath,
      [aceCommand, "--silent", "--force", "--outdir", out, epub],
      { timeout: 240_000, env: { ...process.env, PUPPETEER_EXECUTABLE_PATH: findChromium(), PUPPETEER_SKIP_DOWNLOAD: "1" } },
      (error, stdout, stderr) => (error ? reject(new Error(`Ace failed: ${error.message}\n${stdout}\n${stderr}`)) : resolve()),
    );
  });
  const report = JSON.parse(readFileSync(join(out, "report.json"), "utf8")) as {
    "earl:result": { "earl:outcome": string };
    assertions: EarlAssertion[];
    "a11y-metadata": { missing: string[] };
  };
  const violations = report.assertions.flatMap((document) =>
    (document.assertions ?? [])
      .filter((assertion) => assertion["earl:result"]?.["earl:outcome"] === "fail")
      .map((assertion) => ({
        document: document["earl:testSubject"]?.url ?? "",
        rule: assertion["earl:test"]?.["dct:title"] ?? "",
        impact: assertion["earl:test"]?.["earl:impact"] ?? "",
        html: assertion["earl:result"]?.html ?? "",
      })),
  );
  return { outcome: report["earl:result"]["earl:outcome"], violations, missingMetadata: report["a11y-metadata"].missing };
}
