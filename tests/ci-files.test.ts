/**
 * The CI files that build the editions spread over machines hold together: as many shard jobs
 * as the shard count they pass to `--shard`, each one's output folder both cached and packed,
 * and a merge job after them that rebuilds the catalog with the documented command. What those
 * commands do is proved end to end by tests/shards.test.ts, which runs the same ones.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { projectRoot } from "../scripts/lib/project-paths.ts";

interface Step {
  run?: string;
  uses?: string;
  with?: Record<string, unknown>;
}

const read = (path: string): Record<string, any> => parse(readFileSync(join(projectRoot, path), "utf8"));
const scripts = JSON.parse(readFileSync(join(projectRoot, "package.json"), "utf8")).scripts as Record<string, string>;

describe("the CI files", () => {
  it("GitHub Actions: a matrix of shards, each cached and carried as an artifact, then a merge that writes the catalog", () => {
    const workflow = read(".github/workflows/build.yml");
    const shard = workflow.jobs.shard;
    const count = Number(shard.env.SHARDS);
    expect(shard.strategy.matrix.shard).toEqual(Array.from({ length: count }, (_, index) => index + 1));
    const steps = shard.steps as Step[];
    const build = steps.find((step) => step.run?.startsWith("npm run build"))!;
    expect(build.run).toContain("--shard ${{ matrix.shard }}/${{ env.SHARDS }}");
    const out = /--out (.+?) --shard/.exec(build.run!)![1]!;
    const cache = steps.find((step) => step.uses?.startsWith("actions/cache@"))!;
    expect(String(cache.with!.path).split("\n").map((line) => line.trim())).toEqual(expect.arrayContaining([".cache", out]));
    expect(String(cache.with!.key)).toContain(`-of-${count}-`);
    expect(steps.findIndex((step) => step.uses?.startsWith("actions/cache@"))).toBeLessThan(steps.indexOf(build));
    expect(steps.some((step) => step.run?.includes(`-C ${out} .`))).toBe(true);
    expect(steps.some((step) => step.uses?.startsWith("actions/upload-artifact@"))).toBe(true);

    const merge = workflow.jobs.merge;
    expect(merge.needs).toBe("shard");
    const runs = (merge.steps as Step[]).map((step) => step.run ?? "").join("\n");
    expect(runs).toContain('tar -xf "$archive" -C dist');
    expect(runs).toContain("npm run catalog -- dist");
    expect(scripts.catalog).toBe("tsx scripts/catalog.ts");
  });

  it("GitLab CI: a parallel build job, each cached and carried as an artifact, then a merge that writes the catalog", () => {
    const pipeline = read(".gitlab-ci.yml");
    const build = pipeline.build;
    expect(build.parallel).toBeGreaterThan(1);
    const script = (build.script as string[]).join("\n");
    expect(script).toContain("--shard $CI_NODE_INDEX/$CI_NODE_TOTAL");
    const out = /--out (\S+)/.exec(script)![1]!;
    expect(build.cache.paths).toEqual(expect.arrayContaining([".cache/", `${out.split("/")[0]}/`]));
    expect(build.cache.key).toContain("$CI_NODE_INDEX");
    expect(build.artifacts.paths).toEqual(["shard-$CI_NODE_INDEX.tar"]);
    expect(script).toContain(`-C ${out} .`);
    const merge = pipeline.merge;
    expect(merge.needs).toEqual(["build"]);
    expect(pipeline.stages.indexOf(merge.stage)).toBeGreaterThan(pipeline.stages.indexOf(build.stage));
    const mergeScript = (merge.script as string[]).join("\n");
    expect(mergeScript).toContain('tar -xf "$archive" -C dist');
    expect(mergeScript).toContain("npm run catalog -- dist");
  });
});
