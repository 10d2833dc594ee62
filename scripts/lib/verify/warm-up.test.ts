/**
 * The verifier's warm-up PDF is a real print edition of warm-up.md: the reader finds in it
 * the notes of that source, so warming up runs the same code as a real read-back.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadArticle } from "../document/article.ts";
import { projectRoot } from "../project-paths.ts";
import { compareEdition } from "./compare-edition.ts";
import { extractPdfEdition } from "./pdf-edition.ts";
import { warmUpPdfPath, warmUpVerifier } from "./verify-editions.ts";

describe("the verifier's warm-up", () => {
  it("reads a PDF that carries exactly the notes of warm-up.md", async () => {
    const article = await loadArticle(join(projectRoot, "scripts", "lib", "verify", "warm-up.md"));
    const edition = await extractPdfEdition(readFileSync(warmUpPdfPath), "warm-up.pdf");
    expect(edition.calls.map((call) => call.number)).toEqual([1, 2, 3]);
    expect(compareEdition(article.notes, edition).mismatches).toEqual([]);
  });

  it("runs through", async () => {
    await expect(warmUpVerifier()).resolves.toBeUndefined();
  });
});
