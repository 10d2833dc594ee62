/**
 * Two tasks on one article's editions: verify writes them to a staging folder and reads them
 * back with the verifier; publish then publishes a set that passed, all of its files at once
 * (publish-version.ts). A failed article leaves its previously published
 * editions untouched; a build killed at any moment leaves each article's old set or its new one.
 */
import { rmSync } from "node:fs";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { Reporter } from "../../cli/reporter.ts";
import type { Article } from "../../document/article.ts";
import { fillDownloadSizes, type DownloadKind } from "../../editions/web/web-edition.ts";
import { VerifyError } from "../../errors.ts";
import { outputRecord, sha256, type EditionRecord } from "../edition-record.ts";
import { plural, type ArticleJob } from "../article-job.ts";
import type { BuildState } from "../build-state.ts";
import { trace } from "../../cli/trace.ts";
import { atExit } from "../exit-cleanup.ts";
import { rejectedDirName, stagingPrefix } from "../output-layout.ts";
import { writingTo } from "../output-error.ts";
import { publishVersion } from "../publish-version.ts";
import { sourceLabel } from "../source-label.ts";

export function publishTask(state: BuildState, reporter: Reporter) {
  const outDir = state.options.outDir;
  const stagingRoot = join(outDir, `${stagingPrefix}${process.pid}`);
  let opened: Promise<void> | undefined;
  let forget: (() => void) | undefined;
  let published = 0;
  let changed = 0;
  /** The staging folder, made empty on first use; Ctrl-C or SIGTERM (cli/signals.ts) ends the process at once, and it goes too. */
  const openStaging = (): Promise<void> =>
    (opened ??= (async () => {
      await rm(stagingRoot, { recursive: true, force: true });
      forget = atExit(() => rmSync(stagingRoot, { recursive: true, force: true }));
    })());

  /** Stages the editions and reads them back; a set that fails is kept aside, never published. */
  const verify = async (job: ArticleJob & { article: Article }): Promise<void> => {
    await openStaging();
    const { verifyStagedEditions } = await import("../verify-step.ts");
    const slug = job.article.slug;
    const staging = join(stagingRoot, slug);
    const source = sourceLabel(job.article.sourcePath, state.options.inputs);
    await writingTo(outDir, () => mkdir(staging, { recursive: true }));
    const pages = state.webPages;
    const web = pages?.get(`${slug}/index.html`);
    if (web !== undefined) job.files.set("index.html", fillDownloadSizes(web, (s, kind) => sizeIn(job, s, kind)));
    // A book's chapter pages, beside its contents page.
    for (const chapter of job.view?.webChapters ?? []) {
      const page = pages?.get(`${slug}/${chapter.fileName}`);
      if (page !== undefined) job.files.set(chapter.fileName, page);
    }
    for (const [name, data] of job.files) await stage(outDir, staging, name, data);

    trace(`publish ${slug}: staged`);
    const report = await verifyStagedEditions(staging, job.article, state.options.epubcheck, source);
    trace(`publish ${slug}: verified`);
    reporter.info(`  ${report.summary}`);
    job.files.set("verify.json", report.json);
    await stage(outDir, staging, "verify.json", report.json);
    if (!report.passed) {
      const rejected = await keepRejected(staging, outDir, slug);
      throw new VerifyError(`the editions do not carry the same notes (they are kept for inspection in ${rejected}, never published):\n  ${report.mismatches.join("\n  ")}`, {
        code: "verify-failed",
        location: { file: job.source },
      });
    }
    job.mismatches = report.mismatches;
  };

  /** Records the verified set (edition.json) and switches it in. */
  const publish = async (job: ArticleJob & { article: Article }): Promise<void> => {
    const slug = job.article.slug;
    const staging = join(stagingRoot, slug);
    const source = sourceLabel(job.article.sourcePath, state.options.inputs);
    const record = editionRecord(job, source, job.mismatches ?? []);
    job.files.set("edition.json", `${JSON.stringify(record, null, 2)}\n`);
    await stage(outDir, staging, "edition.json", job.files.get("edition.json")!);
    changed += await publishVersion(outDir, slug, staging, job.files, source);
    published++;
    trace(`publish ${slug}: published`);
  };

  /** Removes the staging folder once no article is being published. */
  const close = async (): Promise<void> => {
    if (!opened) return;
    await rm(stagingRoot, { recursive: true, force: true });
    forget?.();
  };
  return { verify, publish, close, line: () => `${plural(published, "article")}, ${plural(changed, "file")} changed` };
}

/**
 * Writes one file of the staging folder, which no reader sees until it is published whole: a
 * plain write. A full disk is reported against the output folder, not the staging file.
 */
async function stage(outDir: string, staging: string, name: string, data: Uint8Array | string): Promise<void> {
  const path = join(staging, name);
  await writingTo(outDir, async () => {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, data);
  });
}

/**
 * Editions that failed the read-back go to `.rejected/<slug>/` beside the published ones, so
 * an author can open the PDF the verifier refused; the catalog never lists that folder.
 */
async function keepRejected(staging: string, outDir: string, slug: string): Promise<string> {
  const kept = join(outDir, rejectedDirName, slug);
  await writingTo(outDir, async () => {
    await rm(kept, { recursive: true, force: true });
    await mkdir(join(outDir, rejectedDirName), { recursive: true });
    await rename(staging, kept);
  });
  return kept;
}

function sizeIn(job: ArticleJob, slug: string, kind: DownloadKind): number | undefined {
  const data = job.files.get(`${slug}.${kind}`);
  return typeof data === "string" ? Buffer.byteLength(data) : data?.byteLength;
}

function editionRecord(job: ArticleJob & { article: Article }, source: string, mismatches: string[]): EditionRecord {
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
  const listed = new Set(Object.values(outputs).map((output) => output.file));
  const files: NonNullable<EditionRecord["files"]> = {};
  for (const [file, data] of [...job.files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (listed.has(file) || file === "edition.json") continue;
    const { sha256: hash, bytes } = outputRecord(file, data);
    files[file] = { sha256: hash, bytes };
  }
  return {
    slug: article.slug,
    title: article.meta.title,
    authors: article.meta.authors,
    date: article.meta.date,
    updated: article.meta.updated,
    edition: article.meta.edition,
    description: article.meta.description,
    source,
    sourceHash: article.sourceHash,
    inputsHash: job.inputsHash ?? sha256(article.sourceHash),
    outputs,
    files,
    pages: job.print?.pageCount,
    notes: article.notes.notes.length,
    buildMilliseconds: Object.fromEntries(Object.entries(job.timings).map(([k, v]) => [k, Math.round(v)])),
    verify: { status: mismatches.length ? "failed" : "passed", mismatches },
  };
}
