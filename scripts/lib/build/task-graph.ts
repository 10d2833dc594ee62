/**
 * A small scheduler for the build's tasks. Each task names what it needs and what it produces
 * (products are per unit: one article of the build); a task starts for a unit as soon as that
 * unit's needs are ready, so the overlaps between editions follow from the declarations
 * alone. A task that fails for a unit leaves its products missing for that unit, and every
 * task needing them is skipped for it; the other units go on.
 */

/** Runs once per unit, when that unit has every product it needs. */
export interface EachTask<U> {
  name: string;
  scope: "each";
  needs: readonly string[];
  produces: readonly string[];
  /** How many units it works on at once (unbounded when absent). */
  concurrency?: number;
  /** `provide` marks a product ready before the task ends, so that its dependents can start. */
  run(unit: U, provide: (product: string) => void): Promise<void> | void;
}

/** Runs once for the whole build, when every unit's needs are settled, over the units that have them. */
export interface AllTask<U> {
  name: string;
  scope: "all";
  needs: readonly string[];
  produces: readonly string[];
  /** Runs even when no unit has what it needs (the catalog, the browser's release). */
  always?: boolean;
  /** Products not provided by the time it ends are missing for their units. */
  run(units: U[], provide: (product: string, unit: U) => void): Promise<void> | void;
}

export type Task<U> = EachTask<U> | AllTask<U>;

export interface GraphEvents<U> {
  /** A task failed for a unit (an all-scope task that throws fails every unit it ran for). */
  failed(unit: U, task: string, error: unknown): void;
  /** An error that stops the whole graph (a full disk): no task starts after it, and `runTaskGraph` rethrows it. */
  isFatal?(error: unknown): boolean;
  /** One unit of a task is done, ran or not: `done` of `total`, `elapsedMs` since the task first started. */
  progress?(task: string, done: number, total: number, elapsedMs: number): void;
  /** A task is settled for every unit; `span` is from its first start to its last end (performance.now()), undefined when it never ran. */
  settled?(task: string, span: { start: number; end: number } | undefined): void;
}

/** Refuses a graph in which a product has no producer, two producers, or depends on itself. */
export function checkTaskGraph<U>(tasks: readonly Task<U>[]): void {
  const producer = new Map<string, string>();
  for (const task of tasks) {
    for (const product of task.produces) {
      const other = producer.get(product);
      if (other) throw new Error(`task graph: "${product}" is produced by both "${other}" and "${task.name}"`);
      producer.set(product, task.name);
    }
  }
  const byName = new Map(tasks.map((task) => [task.name, task]));
  if (byName.size !== tasks.length) throw new Error("task graph: two tasks share a name");
  for (const task of tasks) {
    for (const need of task.needs) if (!producer.has(need)) throw new Error(`task graph: "${task.name}" needs "${need}", which no task produces`);
  }
  const state = new Map<string, "visiting" | "done">();
  const visit = (name: string, path: string[]): void => {
    if (state.get(name) === "done") return;
    if (state.get(name) === "visiting") throw new Error(`task graph: cycle ${[...path, name].join(" → ")}`);
    state.set(name, "visiting");
    for (const need of byName.get(name)?.needs ?? []) visit(producer.get(need)!, [...path, name]);
    state.set(name, "done");
  };
  for (const task of tasks) visit(task.name, []);
}

type ProductState = "ready" | "missing";

/** Runs every task for every unit; resolves once all are settled. */
export async function runTaskGraph<U>(tasks: readonly Task<U>[], units: readonly U[], events: GraphEvents<U>): Promise<void> {
  checkTaskGraph(tasks);
  const products = new Map<string, Map<U, ProductState>>();
  for (const task of tasks) for (const product of task.produces) products.set(product, new Map());
  let fatal: { error: unknown } | undefined;
  const waiters: Array<() => void> = [];
  const changed = (): void => {
    for (const wake of waiters.splice(0)) wake();
  };
  const settle = (product: string, unit: U, state: ProductState): void => {
    const states = products.get(product);
    if (!states || states.has(unit)) return;
    states.set(unit, state);
    changed();
  };
  const unitNeeds = (task: Task<U>, unit: U): ProductState | undefined => {
    let result: ProductState = "ready";
    for (const need of task.needs) {
      const state = products.get(need)?.get(unit);
      if (state === undefined) return undefined;
      if (state === "missing") result = "missing";
    }
    return result;
  };
  const whenChanged = (): Promise<void> => new Promise((resolve) => waiters.push(resolve));
  const stop = (error: unknown): void => {
    fatal ??= { error };
    changed();
  };
  const failUnit = (task: Task<U>, unit: U, error: unknown): void => {
    if (events.isFatal?.(error)) stop(error);
    else events.failed(unit, task.name, error);
  };

  const runEach = async (task: EachTask<U>): Promise<void> => {
    let running = 0;
    let done = 0;
    let ran = false;
    let first: number | undefined;
    let last = 0;
    const pending = new Set(units);
    const work: Array<Promise<void>> = [];
    while (pending.size) {
      for (const unit of [...pending]) {
        if (fatal) {
          pending.delete(unit);
          continue;
        }
        const needs = unitNeeds(task, unit);
        if (needs === undefined) continue;
        if (needs === "missing") {
          pending.delete(unit);
          for (const product of task.produces) settle(product, unit, "missing");
          events.progress?.(task.name, ++done, units.length, first === undefined ? 0 : performance.now() - first);
          continue;
        }
        if (task.concurrency !== undefined && running >= task.concurrency) break;
        pending.delete(unit);
        running++;
        ran = true;
        first ??= performance.now();
        work.push(
          (async () => {
            try {
              await task.run(unit, (product) => settle(product, unit, "ready"));
              // Whatever it did not provide, it did not make.
              for (const product of task.produces) settle(product, unit, "missing");
            } catch (error) {
              for (const product of task.produces) settle(product, unit, "missing");
              failUnit(task, unit, error);
            } finally {
              running--;
              last = performance.now();
              events.progress?.(task.name, ++done, units.length, last - (first ?? last));
              changed();
            }
          })(),
        );
      }
      if (pending.size) await whenChanged();
    }
    await Promise.all(work);
    for (const unit of units) for (const product of task.produces) settle(product, unit, "missing");
    events.settled?.(task.name, ran && first !== undefined ? { start: first, end: last } : undefined);
  };

  const runAll = async (task: AllTask<U>): Promise<void> => {
    while (!fatal && units.some((unit) => unitNeeds(task, unit) === undefined)) await whenChanged();
    const ready = fatal ? [] : units.filter((unit) => unitNeeds(task, unit) === "ready");
    let ran = false;
    const started = performance.now();
    if (!fatal && (ready.length > 0 || task.always)) {
      ran = true;
      try {
        await task.run(ready, (product, unit) => settle(product, unit, "ready"));
      } catch (error) {
        // The units it had not finished fail; a task that makes nothing per unit (the catalog) fails the build.
        const lost = ready.filter((unit) => task.produces.some((product) => products.get(product)?.get(unit) === undefined));
        if (lost.length === 0) stop(error);
        for (const unit of lost) failUnit(task, unit, error);
      }
    }
    for (const unit of units) for (const product of task.produces) settle(product, unit, "missing");
    events.settled?.(task.name, ran ? { start: started, end: performance.now() } : undefined);
  };

  await Promise.all(tasks.map((task) => (task.scope === "each" ? runEach(task) : runAll(task))));
  if (fatal) throw fatal.error;
}
