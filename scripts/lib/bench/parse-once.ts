/**
 * Child of citation-cost.ts: parses one article in a fresh process and prints how long the
 * parse took, in milliseconds. Modules are loaded before the clock starts, except what the
 * parse itself loads on demand (the citation processor), which a build pays for too.
 */
import { loadArticle } from "../document/article.ts";

const file = process.argv[2];
if (!file) throw new Error("usage: parse-once.ts <article.md>");
const started = performance.now();
const cpuBefore = process.cpuUsage();
const article = await loadArticle(file);
const ms = performance.now() - started;
const cpu = process.cpuUsage(cpuBefore);
process.stdout.write(`${JSON.stringify({ ms, cpuMs: (cpu.user + cpu.system) / 1000, notes: article.notes.notes.length })}\n`);
