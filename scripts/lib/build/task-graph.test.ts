import { describe, expect, it } from "vitest";
import { checkTaskGraph, runTaskGraph, type GraphEvents, type Task } from "./task-graph.ts";

const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 1));

/** Records what ran, in order, as `task:unit`. */
function recorder() {
  const log: string[] = [];
  const failures: string[] = [];
  const settled: Array<{ task: string; ran: boolean }> = [];
  const events: GraphEvents<string> = {
    failed: (unit, task, error) => failures.push(`${task}:${unit}:${(error as Error).message}`),
    settled: (task, span) => settled.push({ task, ran: span !== undefined }),
  };
  return { log, failures, settled, events };
}

function each(name: string, needs: string[], produces: string[], log: string[], body?: (unit: string) => Promise<void> | void): Task<string> {
  return {
    name,
    scope: "each",
    needs,
    produces,
    async run(unit, provide) {
      await body?.(unit);
      log.push(`${name}:${unit}`);
      for (const product of produces) provide(product);
    },
  };
}

describe("runTaskGraph", () => {
  it("starts a task only once what it needs is ready, whatever the order of declaration", async () => {
    const { log, events } = recorder();
    const tasks = [each("epub", ["pageStarts"], ["epub"], log), each("print", ["article"], ["pageStarts"], log, tick), each("parse", [], ["article"], log, tick)];
    await runTaskGraph(tasks, ["a"], events);
    expect(log).toEqual(["parse:a", "print:a", "epub:a"]);
  });

  it("lets a dependent start on a product provided before its producer ends", async () => {
    const log: string[] = [];
    let release!: () => void;
    const printing = new Promise<void>((resolve) => (release = resolve));
    const tasks: Task<string>[] = [
      {
        name: "print",
        scope: "each",
        needs: [],
        produces: ["pageStarts", "pdf"],
        async run(_unit, provide) {
          provide("pageStarts");
          await printing;
          log.push("pdf written");
          provide("pdf");
        },
      },
      // Waiting for the whole print task would never end: the PDF waits for the EPUB to start.
      each("epub", ["pageStarts"], ["epub"], log, () => {
        log.push("epub started");
        release();
      }),
    ];
    await runTaskGraph(tasks, ["a"], recorder().events);
    expect(log.slice(0, 2)).toEqual(["epub started", "pdf written"]);
  });

  it("skips, for that unit only, every task that needs what a failed task did not make", async () => {
    const { log, failures, events } = recorder();
    const tasks = [
      each("parse", [], ["article"], log),
      each("print", ["article"], ["pdf"], log, (unit) => {
        if (unit === "bad") throw new Error("no layout");
      }),
      each("publish", ["pdf"], ["published"], log),
      each("web", ["article"], ["web"], log),
    ];
    await runTaskGraph(tasks, ["good", "bad"], events);
    expect(failures).toEqual(["print:bad:no layout"]);
    expect(log).toContain("publish:good");
    expect(log).not.toContain("publish:bad");
    // A task that does not need the failed one still runs for the failed unit.
    expect(log).toContain("web:bad");
  });

  it("treats a task that throws synchronously like one that rejects", async () => {
    const { log, failures, events } = recorder();
    const tasks: Task<string>[] = [
      {
        name: "parse",
        scope: "each",
        needs: [],
        produces: ["article"],
        run(unit, provide) {
          if (unit === "b") throw new Error("thrown at once");
          provide("article");
        },
      },
      each("print", ["article"], ["pdf"], log),
    ];
    await runTaskGraph(tasks, ["a", "b"], events);
    expect(failures).toEqual(["parse:b:thrown at once"]);
    expect(log).toEqual(["print:a"]);
  });

  it("runs an all-scope task once, after every unit is settled, over the units that have its needs", async () => {
    const { log, events } = recorder();
    const seen: string[][] = [];
    const tasks: Task<string>[] = [
      each("parse", [], ["article"], log, async (unit) => {
        if (unit === "slow") await tick();
        if (unit === "bad") throw new Error("unreadable");
      }),
      { name: "catalog", scope: "all", needs: ["article"], produces: [], run: (units) => void seen.push(units) },
    ];
    await runTaskGraph(tasks, ["slow", "bad", "fast"], events);
    expect(seen).toEqual([["slow", "fast"]]);
  });

  it("runs an all-scope task with no unit only when it always runs", async () => {
    const { settled, events } = recorder();
    const tasks: Task<string>[] = [
      {
        name: "parse",
        scope: "each",
        needs: [],
        produces: ["article"],
        run: () => undefined,
      },
      { name: "web", scope: "all", needs: ["article"], produces: [], run: () => undefined },
      { name: "catalog", scope: "all", always: true, needs: ["article"], produces: [], run: () => undefined },
    ];
    await runTaskGraph(tasks, ["a"], events);
    expect(settled.find((s) => s.task === "web")?.ran).toBe(false);
    expect(settled.find((s) => s.task === "catalog")?.ran).toBe(true);
  });

  it("fails the units an all-scope task had not provided for when it throws", async () => {
    const { failures, events } = recorder();
    const tasks: Task<string>[] = [
      {
        name: "covers",
        scope: "all",
        needs: [],
        produces: ["cover"],
        run(units, provide) {
          provide("cover", units[0]!);
          throw new Error("browser gone");
        },
      },
    ];
    await runTaskGraph(tasks, ["a", "b"], events);
    expect(failures).toEqual(["covers:b:browser gone"]);
  });

  it("keeps to a task's concurrency", async () => {
    let running = 0;
    let most = 0;
    const tasks = [
      each("print", [], ["pdf"], [], async () => {
        most = Math.max(most, ++running);
        await tick();
        running--;
      }),
    ];
    (tasks[0] as { concurrency?: number }).concurrency = 2;
    await runTaskGraph(tasks, ["a", "b", "c", "d", "e"], recorder().events);
    expect(most).toBe(2);
  });

  it("stops starting tasks after a fatal error, and rethrows it", async () => {
    const { log, events } = recorder();
    const diskFull = new Error("disk full");
    const tasks = [
      each("publish", [], ["published"], log, (unit) => {
        if (unit === "a") throw diskFull;
      }),
      each("catalog", ["published"], [], log),
    ];
    (tasks[0] as { concurrency?: number }).concurrency = 1;
    await expect(runTaskGraph(tasks, ["a", "b"], { ...events, isFatal: (error) => error === diskFull })).rejects.toBe(diskFull);
    expect(log).toEqual([]);
  });
});

describe("checkTaskGraph", () => {
  const log: string[] = [];
  it("refuses a need no task produces", () => {
    expect(() => checkTaskGraph([each("epub", ["pageStarts"], ["epub"], log)])).toThrow(/no task produces/);
  });
  it("refuses a cycle", () => {
    expect(() => checkTaskGraph([each("a", ["y"], ["x"], log), each("b", ["x"], ["y"], log)])).toThrow(/cycle/);
  });
  it("refuses two producers of one product", () => {
    expect(() => checkTaskGraph([each("a", [], ["x"], log), each("b", [], ["x"], log)])).toThrow(/produced by both/);
  });
});
