/**
 * Loads a CommonJS package with V8's compiled code kept between builds. citeproc-js is one
 * large file that every build with citations compiles again before it formats a word; V8 can
 * hand back what it compiled (the functions a build ran included), and take it again on the
 * next load, when the source and the Node.js version are the same, checking it before use. The
 * cache lives beside the build's bundles (.cache/), apart from any article's data: it depends on
 * the installed package alone. Any failure to read or write it only loses the time saved.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Script } from "node:vm";
import { projectRoot } from "../project-paths.ts";

const defaultCacheDir = join(projectRoot, ".cache", "v8");

export interface CodeCachedModule<T> {
  exports: T;
  /** Whether V8 took the kept code (false on a first load, or when the code kept no longer fits). */
  fromCache: boolean;
  /** Writes V8's code for the module as it stands (call it once the module has done its work). */
  keepCode(): void;
}

export function requireWithCodeCache<T>(name: string, cacheDir: string = defaultCacheDir): CodeCachedModule<T> {
  const require = createRequire(join(projectRoot, "package.json"));
  const file = require.resolve(name);
  const source = readFileSync(file, "utf8");
  const key = createHash("sha256").update(process.version).update("\0").update(source).digest("hex").slice(0, 24);
  const cacheFile = join(cacheDir, `${name.replace(/[^a-z0-9-]/gi, "_")}-${key}.bin`);
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  const script = new Script(wrapped, { filename: file, ...(cachedData ? { cachedData } : {}) });
  const module = { exports: {} as T };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(file), module, file, dirname(file));
  const fresh = !cachedData || script.cachedDataRejected === true;
  let kept = false;
  return {
    exports: module.exports,
    fromCache: !fresh,
    keepCode() {
      if (!fresh || kept) return;
      kept = true;
      try {
        mkdirSync(cacheDir, { recursive: true });
        const staging = `${cacheFile}.${process.pid}.tmp`;
        writeFileSync(staging, script.createCachedData());
        renameSync(staging, cacheFile);
      } catch {
        // A cache that cannot be written costs only the compile it would have saved.
      }
    },
  };
}
