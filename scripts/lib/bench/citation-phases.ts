/**
 * Child of citation-cost.ts: parses a cited article in a fresh process, with an empty citation
 * cache, and prints the CPU time of each part of the citation processor's work, so the bench
 * says where a first build's time goes. The processor's own methods are wrapped with a clock
 * here, in this measuring process only; what they do is unchanged.
 *
 * CPU time, not wall time: the machine is shared, and a process waiting for a core counts no
 * CPU time.
 */
import { loadArticle } from "../document/article.ts";
import { citeproc as loadCiteproc } from "../citations/csl-processor.ts";

const file = process.argv[2];
if (!file) throw new Error("usage: citation-phases.ts <article.md>");

const cpuMs = (): number => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};

type Method = (...args: unknown[]) => unknown;
interface Citeproc {
  Engine: { new (...args: unknown[]): object; prototype: Record<string, Method> };
}

const spent = { load: 0, setup: 0, register: 0, citations: 0, bibliography: 0 };

let started = cpuMs();
// The same module the parse uses, loaded as it loads it (with V8's kept code, code-cached-require.ts).
const citeproc = loadCiteproc() as unknown as Citeproc;
spent.load = cpuMs() - started;

const Engine = citeproc.Engine;
const timedEngine = function (...args: unknown[]): object {
  const at = cpuMs();
  try {
    return new Engine(...args);
  } finally {
    spent.setup += cpuMs() - at;
  }
};
// The processor reaches its parts through `CSL.Engine` (CSL.Engine.Opt…): the stand-in carries them.
Object.assign(timedEngine, Engine);
timedEngine.prototype = Engine.prototype;
citeproc.Engine = timedEngine as unknown as Citeproc["Engine"];

const clocked = (name: string, phase: keyof typeof spent): void => {
  const method = Engine.prototype[name];
  if (!method) throw new Error(`citeproc has no ${name}`);
  Engine.prototype[name] = function (this: unknown, ...args: unknown[]) {
    const at = cpuMs();
    try {
      return method.apply(this, args);
    } finally {
      spent[phase] += cpuMs() - at;
    }
  };
};
clocked("updateItems", "register");
clocked("makeCitationCluster", "citations");
clocked("makeBibliography", "bibliography");

started = cpuMs();
await loadArticle(file);
const parse = cpuMs() - started;
process.stdout.write(`${JSON.stringify({ ...spent, parse })}\n`);
