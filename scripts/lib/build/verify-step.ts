/** The build's read-back of an article's staged editions, through the independent verifier. */
import type { Article } from "../document/article.ts";
import { summaryLine } from "../verify/format-report.ts";
import { verifyReportJson } from "../verify/verify-report.ts";
import { verifyEditions } from "../verify/verify-editions.ts";

export { warmUpVerifier } from "../verify/verify-editions.ts";

export interface StagedVerification {
  passed: boolean;
  /** One line per mismatch, in the verifier's words (`note 7: PDF shows 8 on page 3`). */
  mismatches: string[];
  summary: string;
  json: string;
}

/** Reads back the editions in `stagingDir`; verify.json names the source by `sourceLabel` (source-label.ts), never by its absolute path. */
export async function verifyStagedEditions(stagingDir: string, article: Article, epubcheck: boolean, sourceLabel: string): Promise<StagedVerification> {
  const report = { ...(await verifyEditions(stagingDir, article, { epubcheck, writeJson: false })), source: sourceLabel };
  return {
    passed: report.passed,
    mismatches: report.mismatches.map((mismatch) => mismatch.message),
    summary: report.epubcheck ? `${summaryLine(report)}; ${report.epubcheck.summary}` : summaryLine(report),
    // A message may name the staging folder (EPUBCheck's, "not found in"): the set's own folder is ".".
    json: verifyReportJson(report).split(JSON.stringify(stagingDir).slice(1, -1)).join("."),
  };
}
