/**
 * Shared by the fault-injection tests: a build started as its own process that can be killed
 * at a chosen moment (aimed with PRESS_TRACE's timeline), the check that an article's
 * published set is whole, and a seeded random source so every run kills at the same points.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { lstatSync, readdirSync, readFileSync, readlinkSync, statSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../../scripts/lib/project-paths.ts";

/** A small article; `version` changes its text, so each version has its own hashes. */
export function smallArticle(slug: string, version: number): string {
  return `---\ntitle: Fault ${slug}\nslug: ${slug}\ndate: 2024-05-01\n---\nVersion ${version} of the text.[^a] Another call.[^b]\n\n[^a]: First note of version ${version}.\n[^b]: Second note.\n`;
}

export const sha256 = (data: Uint8Array | string): string => createHash("sha256").update(data).digest("hex");

/** mulberry32: a small PRNG with a fixed seed, so the kill points are the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface RunningBuild {
  child: ChildProcess;
  stderr: () => string;
  stdout: () => string;
  /** Resolves when a stderr line matches (e.g. a PRESS_TRACE step), or undefined if the build ends first. */
  line(pattern: RegExp): Promise<string | undefined>;
  ended: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts `npm run build` (its bundle, as package.json does) with PRESS_TRACE=1. */
export function startBuild(args: string[], env: NodeJS.ProcessEnv = {}): RunningBuild {
  const child = spawn(process.execPath, [join(projectRoot, "scripts", "run-bundled.mjs"), join(projectRoot, "scripts", "build.ts"), ...args], {
    cwd: projectRoot,
    env: { ...process.env, DEBUG: "", PRESS_TRACE: "1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  let stdout = "";
  const waiters: Array<{ pattern: RegExp; resolve: (line: string | undefined) => void }> = [];
  child.stdout!.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
    for (const waiter of [...waiters]) {
      const found = stderr.split("\n").find((line) => waiter.pattern.test(line));
      if (found !== undefined) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(found);
      }
    }
  });
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on("close", (code, signal) => resolve({ code, signal })));
  void ended.then(() => {
    for (const waiter of waiters.splice(0)) waiter.resolve(undefined);
  });
  return {
    child,
    stderr: () => stderr,
    stdout: () => stdout,
    line: (pattern) =>
      new Promise((resolve) => {
        const found = stderr.split("\n").find((line) => pattern.test(line));
        if (found !== undefined || child.exitCode !== null || child.signalCode !== null) resolve(found);
        else waiters.push({ pattern, resolve });
      }),
    ended,
  };
}

export interface PublishedSet {
  /** The version folder `<out>/<slug>` links to. */
  version: string;
  sourceHash: string;
  files: string[];
}

/**
 * Reads `<out>/<slug>` and throws unless it is one whole set: a link to a version folder whose
 * edition.json lists every file there (no more, no fewer) with its size and hash.
 */
export function readPublishedSet(out: string, slug: string): PublishedSet {
  const link = join(out, slug);
  if (!lstatSync(link).isSymbolicLink()) throw new Error(`${link} is not a symlink`);
  const version = readlinkSync(link);
  const dir = join(out, version);
  if (!statSync(dir).isDirectory()) throw new Error(`${link} points to ${version}, which is not a folder`);
  const record = JSON.parse(readFileSync(join(dir, "edition.json"), "utf8")) as {
    slug: string;
    sourceHash: string;
    outputs: Record<string, { file: string; sha256: string; bytes: number }>;
    files: Record<string, { sha256: string; bytes: number }>;
  };
  const listed = new Map<string, { sha256: string; bytes: number }>();
  for (const output of Object.values(record.outputs)) listed.set(output.file, output);
  for (const [file, output] of Object.entries(record.files ?? {})) listed.set(file, output);
  const present = filesUnder(dir).filter((file) => file !== "edition.json");
  const missing = [...listed.keys()].filter((file) => !present.includes(file));
  const extra = present.filter((file) => !listed.has(file));
  if (missing.length || extra.length) throw new Error(`${version}: missing ${missing.join(", ") || "none"}; not listed ${extra.join(", ") || "none"}`);
  for (const [file, output] of listed) {
    const bytes = readFileSync(join(dir, file));
    if (bytes.byteLength !== output.bytes || sha256(bytes) !== output.sha256) throw new Error(`${version}/${file} does not match edition.json`);
  }
  if (record.slug !== slug) throw new Error(`${version}: edition.json is for ${record.slug}`);
  return { version, sourceHash: record.sourceHash, files: present };
}

/** Every file under `dir`, by path relative to it; a symlink to a folder is followed. */
export function filesUnder(dir: string, prefix = ""): string[] {
  return readdirSync(dir).flatMap((name) =>
    statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name), `${prefix}${name}/`) : [`${prefix}${name}`],
  );
}
