/**
 * `node scripts/run-bundled.mjs scripts/build.ts [args]`: runs a command of the pipeline from a
 * precompiled bundle on plain Node, instead of compiling TypeScript on the fly with tsx.
 *
 * Why: tsx hooks every module Node loads, the packages' too, through a loader thread, and
 * compiles at start-up; on a small machine that CPU is taken from Chromium, which lays out the
 * PDF at the same time. The bundle holds the project's code and
 * most packages it uses (see inlinedPackages), and is rebuilt, with esbuild, whenever a source
 * file or the installed packages change (their lock files are hashed with the sources), so an
 * edit or an `npm install` never leaves a stale build behind. Plain JavaScript on purpose:
 * this file has to run before anything can compile TypeScript.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const projectRoot = dirname(dirname(fileURLToPath(import.meta.url)));
const bundlesDir = join(projectRoot, ".cache", "bundles");
/** Where the sources of a bundle can live; a change to any file under them makes a new bundle. */
const sourceRoots = ["scripts", "layouts", "eleventy.config.ts"];
/** Bundles older than this, of an entry with a newer one, are removed (a build still running may use an older one). */
const keepOldBundlesMs = 60 * 60 * 1000;

const [entry, ...args] = process.argv.slice(2);
if (!entry || !entry.endsWith(".ts")) {
  process.stderr.write("usage: node scripts/run-bundled.mjs <scripts/command.ts> [arguments]\n");
  process.exit(2);
}

const entryPath = resolve(projectRoot, entry);
const bundle = await bundleFor(entryPath);
process.argv = [process.argv[0] ?? "node", entryPath, ...args];
if (process.env.DEBUG) process.setSourceMapsEnabled(true);
await import(pathToFileURL(bundle).href);

/** The bundle of `entryPath` for the current sources, compiled first if there is none yet. */
async function bundleFor(entryPath) {
  const name = basename(entryPath, ".ts");
  const fingerprint = sourcesFingerprint();
  const dir = join(bundlesDir, `${name}-${fingerprint}`);
  const file = join(dir, `${name}.js`);
  if (existsSync(file)) return file;
  // Compiled into a folder of its own, then renamed into place: a second build starting at
  // the same moment finds either no bundle or a whole one.
  const staging = `${dir}.${process.pid}.tmp`;
  const { build, stop } = await import("esbuild");
  try {
    await build({
      entryPoints: [entryPath],
      absWorkingDir: projectRoot,
      outdir: staging,
      bundle: true,
      splitting: true,
      format: "esm",
      platform: "node",
      target: "node20",
      plugins: [packagesOutside(), packageFilesInPlace()],
      // Packages written as CommonJS call require(), which an ES module bundle lacks.
      banner: { js: 'import { createRequire as __bundleRequire } from "node:module"; const require = __bundleRequire(import.meta.url);' },
      sourcemap: "linked",
      chunkNames: "chunks/[name]-[hash]",
      logLevel: "silent",
    });
  } catch (error) {
    stop();
    rmSync(staging, { recursive: true, force: true });
    const first = error?.errors?.[0];
    const where = first?.location ? `${first.location.file}:${first.location.line}: ` : "";
    process.stderr.write(`${where}could not compile the pipeline: ${first?.text ?? error?.message ?? error}\n`);
    process.exit(1);
  }
  // esbuild keeps a helper process running for further builds; the command needs no more.
  stop();
  try {
    renameSync(staging, dir);
  } catch {
    // Another build put the same bundle in place first: use that one.
    rmSync(staging, { recursive: true, force: true });
  }
  removeOldBundles(name, dir);
  return file;
}

/**
 * Packages inlined into the bundle (with what they import): one file to parse instead of
 * hundreds of small modules, each resolved and read by Node's loader, while Chromium starts
 * (pdf-lib, puppeteer-core and Eleventy's many modules are the largest; the benchmark shows
 * what this gains). The others stay in node_modules: mupdf loads a
 * WebAssembly file from its folder, and esbuild is a native helper.
 */
function inlinedPackages() {
  return new Set(["pdf-lib", "puppeteer-core", "epub-gen-memory", "jszip", "markdown-it", "markdown-it-footnote", "yaml", "@11ty/eleventy"]);
}

/**
 * A package compiled into the bundle still finds files beside its own (Eleventy reads its
 * package.json relative to its source): `import.meta.url` in a package's module becomes that
 * module's own URL in node_modules, not the bundle's.
 */
function packageFilesInPlace() {
  return {
    name: "package-files-in-place",
    setup(build) {
      build.onLoad({ filter: /[\\/]node_modules[\\/].*\.m?js$/ }, (args) => {
        const source = readFileSync(args.path, "utf8");
        if (!source.includes("import.meta.url")) return undefined;
        return { contents: source.replaceAll("import.meta.url", JSON.stringify(pathToFileURL(args.path).href)), loader: "js", resolveDir: dirname(args.path) };
      });
    },
  };
}

/** Leaves every package the project imports in node_modules, except those in inlinedPackages. */
function packagesOutside() {
  const inlined = inlinedPackages();
  return {
    name: "packages-outside",
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, (args) => {
        if (args.path.startsWith("node:")) return { external: true };
        const fromProject = !args.importer.includes("/node_modules/");
        const name = args.path.startsWith("@") ? args.path.split("/").slice(0, 2).join("/") : args.path.split("/")[0];
        if (fromProject && !inlined.has(name)) return { external: true };
        // Eleventy's development server, only started by `eleventy --serve`, does not compile as an ES module.
        if (name === "@11ty/eleventy-dev-server") return { external: true };
        return undefined;
      });
    },
  };
}

/**
 * A hash of every source file's path and bytes (a small set of small files, cheap to read),
 * and of the lock files that say which package versions are installed.
 */
function sourcesFingerprint() {
  const hash = createHash("sha256");
  for (const file of [...sourceFiles(), ...lockFiles()]) hash.update(relative(projectRoot, file)).update("\0").update(readFileSync(file)).update("\0");
  return hash.digest("hex").slice(0, 16);
}

/** package-lock.json, and npm's record of what node_modules holds (changed by every install). */
function lockFiles() {
  return [join(projectRoot, "package-lock.json"), join(projectRoot, "node_modules", ".package-lock.json")].filter((file) => existsSync(file));
}

function sourceFiles() {
  const files = [];
  const visit = (path) => {
    const stats = statSync(path);
    if (stats.isDirectory()) {
      for (const entry of readdirSync(path).sort()) if (!entry.startsWith(".") && entry !== "node_modules") visit(join(path, entry));
    } else if (/\.(ts|js|mjs)$/.test(path) && !path.endsWith(".test.ts")) {
      files.push(path);
    }
  };
  for (const root of sourceRoots) visit(join(projectRoot, root));
  return files;
}

function removeOldBundles(name, current) {
  try {
    for (const entry of readdirSync(bundlesDir)) {
      const path = join(bundlesDir, entry);
      if (path === current || !entry.startsWith(`${name}-`)) continue;
      if (Date.now() - statSync(path).mtimeMs > keepOldBundlesMs) rmSync(path, { recursive: true, force: true });
    }
  } catch {
    // Tidying is best effort: a leftover bundle is only disk space.
  }
}
