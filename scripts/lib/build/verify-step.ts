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

export async function verifyStagedEditions(stagingDir: string, article: Article, epubcheck: boolean): Promise<StagedVerification> {
  const report = await verifyEditions(stagingDir, article, { epubcheck, writeJson: false });
  return {
    passed: report.passed,
    mismatches: report.mismatches.map((mismatch) => mismatch.message),
    summary: report.epubcheck ? `${summaryLine(report)}; ${report.epubcheck.summary}` : summaryLine(report),
    json: verifyReportJson(report),
  };
}
