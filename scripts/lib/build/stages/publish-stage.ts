/**
 * Stage 5: stage, verify, then publish. Each article's new editions are written to a staging
 * folder and read back by the verifier; only editions that pass are moved into place, one
 * atomic rename per file. A failed article leaves its previously published editions untouched.
 */
import { mkdir, readFile, readdir, rename, rm, stat } from "node:fs/promises";
import { join, relative } from "node:path";
import { fillDownloadSizes, type DownloadKind } from "../../../../layouts/lib/downloads.ts";
import { VerifyError } from "../../errors.ts";
import { writeFileAtomic } from "../atomic-write.ts";
import { outputRecord, sha256, type EditionRecord } from "../edition-record.ts";
import { forEachArticle, plural } from "../for-each-article.ts";
import { isLive, type ArticleJob } from "../article-job.ts";
import type { BuildState, Stage } from "../stage.ts";
import { trace } from "../../cli/trace.ts";

export const publishStage: Stage = {
  name: "publish",
  async run(state) {
    const outDir = state.options.outDir;
    const stagingRoot = join(outDir, `.staging-${process.pid}`);
    await rm(stagingRoot, { recursive: true, force: true });
    const { verifyStagedEditions } = await import("../verify-step.ts");
    let changed = 0;
    try {
      await forEachArticle(state, "publish", async (job) => {
        const slug = job.article.slug;
        const staging = join(stagingRoot, slug);
        await mkdir(staging, { recursive: true });
        const web = (await state.webPages?.pages)?.get(`${slug}/index.html`);
        if (web !== undefined) job.files.set("index.html", fillDownloadSizes(web, (s, kind) => sizeIn(job, s, kind)));
        for (const [name, data] of job.files) await writeFileAtomic(join(staging, name), data);

        trace(`publish ${slug}: staged`);
        const verify = await verifyStagedEditions(staging, job.article, state.options.epubcheck);
        trace(`publish ${slug}: verified`);
        state.reporter.info(`  ${verify.summary}`);
        job.files.set("verify.json", verify.json);
        await writeFileAtomic(join(staging, "verify.json"), verify.json);
        if (!verify.passed) {
          const rejected = await keepRejected(staging, outDir, slug);
          throw new VerifyError(`the editions do not carry the same notes (they are kept for inspection in ${rejected}, never published):\n  ${verify.mismatches.join("\n  ")}`, {
            code: "verify-failed",
            location: { file: job.source },
          });
        }
        const record = editionRecord(job, outDir, verify.mismatches);
        job.files.set("edition.json", `${JSON.stringify(record, null, 2)}\n`);
        await writeFileAtomic(join(staging, "edition.json"), job.files.get("edition.json")!);
        const moved = await moveIntoPlace(staging, join(outDir, slug));
        changed += moved;
      });
    } finally {
      await rm(stagingRoot, { recursive: true, force: true });
    }
    const published = state.jobs.filter(isLive).length;
    return `${plural(published, "article")}, ${plural(changed, "file")} changed`;
  },
};

/**
 * Editions that failed the read-back go to `.rejected/<slug>/` beside the published ones, so
 * an author can open the PDF the verifier refused; the catalog never lists that folder.
 */
async function keepRejected(staging: string, outDir: string, slug: string): Promise<string> {
  const kept = join(outDir, ".rejected", slug);
  await rm(kept, { recursive: true, force: true });
  await mkdir(join(outDir, ".rejected"), { recursive: true });
  await rename(staging, kept);
  return kept;
}

function sizeIn(job: ArticleJob, slug: string, kind: DownloadKind): number | undefined {
  const data = job.files.get(`${slug}.${kind}`);
  return typeof data === "string" ? Buffer.byteLength(data) : data?.byteLength;
}

/** Renames every staged file into the article folder; unchanged files keep their bytes and mtime. */
async function moveIntoPlace(staging: string, target: string): Promise<number> {
  await mkdir(target, { recursive: true });
  let changed = 0;
  for (const entry of await readdir(staging, { withFileTypes: true })) {
    const from = join(staging, entry.name);
    const to = join(target, entry.name);
    if (entry.isDirectory()) {
      const moved = await moveIntoPlace(from, to);
      changed += moved;
      continue;
    }
    const [a, b] = await Promise.all([stat(from), stat(to).catch(() => undefined)]);
    if (b && a.size === b.size && (await sameBytes(from, to))) continue;
    await rename(from, to);
    changed++;
  }
  return changed;
}

async function sameBytes(a: string, b: string): Promise<boolean> {
  const [x, y] = await Promise.all([readFile(a), readFile(b)]);
  return x.equals(y);
}

function editionRecord(job: ArticleJob & { article: NonNullable<ArticleJob["article"]> }, outDir: string, mismatches: string[]): EditionRecord {
  const article = job.article;
  const outputs: EditionRecord["outputs"] = {};
  const kinds: Array<[string, string]> = [
    ["web", "index.html"],
    ["pdf", `${article.slug}.pdf`],
    ["epub", `${article.slug}.epub`],
    ["cover", "cover.png"],
  ];
  for (const [kind, file] of kinds) {
    const data = job.files.get(file);
    if (data !== undefined) outputs[kind] = outputRecord(file, data);
  }
  return {
    slug: article.slug,
    title: article.meta.title,
    authors: article.meta.authors,
    date: article.meta.date,
    updated: article.meta.updated,
    edition: article.meta.edition,
    description: article.meta.description,
    source: relative(join(outDir, article.slug), article.sourcePath),
    sourceHash: article.sourceHash,
    inputsHash: job.inputsHash ?? sha256(article.sourceHash),
    outputs,
    pages: job.print?.pageCount,
    notes: article.notes.notes.length,
    buildMilliseconds: Object.fromEntries(Object.entries(job.timings).map(([k, v]) => [k, Math.round(v)])),
    verify: { status: mismatches.length ? "failed" : "passed", mismatches },
  };
}
