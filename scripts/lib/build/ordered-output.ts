/**
 * Keeps a build's output in the order its tasks are declared, although the tasks run side by
 * side: each reported task has a slot, and what a task prints (warnings, the read-back's
 * summary, its progress line, then the failures it caused) comes out only once every earlier
 * slot is done. A quiet task (no progress line of its own) writes into the next reported slot.
 */
import type { Reporter } from "../cli/reporter.ts";

interface Slot {
  name: string;
  before: Array<() => void>;
  after: Array<() => void>;
  /** Set once the task is settled: its line, or null when it ran for no article. */
  line?: { detail: string; ms: number } | null;
}

export class OrderedOutput {
  private slots: Slot[] = [];
  private readonly slotOf = new Map<string, Slot>();
  private current = 0;

  constructor(private readonly reporter: Reporter) {}

  /** The tasks, in declaration order; `reported` says which print a progress line. */
  declare(tasks: ReadonlyArray<{ name: string; reported: boolean }>): void {
    this.slots = tasks.filter((task) => task.reported).map((task) => ({ name: task.name, before: [], after: [] }));
    let next = this.slots.length;
    for (const task of [...tasks].reverse()) {
      if (task.reported) next = this.slots.findIndex((slot) => slot.name === task.name);
      const slot = this.slots[next] ?? this.slots[this.slots.length - 1];
      if (slot) this.slotOf.set(task.name, slot);
    }
  }

  /** What `task` prints before its line. */
  reporterFor(task: string): Reporter {
    const write = (action: () => void): void => this.write(task, "before", action);
    return {
      stage: (name, detail, ms) => write(() => this.reporter.stage(name, detail, ms)),
      progress: (name, done, total, elapsedMs) => {
        if (this.isCurrent(task)) this.reporter.progress?.(name, done, total, elapsedMs);
      },
      info: (line) => write(() => this.reporter.info(line)),
      diagnostic: (diagnostic) => write(() => this.reporter.diagnostic(diagnostic)),
      problem: (line) => write(() => this.reporter.problem(line)),
    };
  }

  /** What `task` prints after its line (the articles it failed). */
  after(task: string, action: () => void): void {
    this.write(task, "after", action);
  }

  /** `task` is settled: its line, or null when it printed none. */
  settled(task: string, line: { detail: string; ms: number } | null): void {
    const slot = this.slots.find((candidate) => candidate.name === task);
    if (!slot) return;
    slot.line = line;
    this.flush();
  }

  /** Everything still held, in order (the build is over, or stopped). */
  finish(): void {
    for (const slot of this.slots) slot.line ??= null;
    this.flush();
  }

  private isCurrent(task: string): boolean {
    return this.slotOf.get(task) === this.slots[this.current];
  }

  private write(task: string, part: "before" | "after", action: () => void): void {
    const slot = this.slotOf.get(task);
    if (!slot) return action();
    if (slot === this.slots[this.current] && (part === "before" || slot.line !== undefined)) return action();
    if (this.slots.indexOf(slot) < this.current) return action();
    slot[part].push(action);
  }

  private flush(): void {
    while (this.current < this.slots.length) {
      const slot = this.slots[this.current]!;
      for (const action of slot.before.splice(0)) action();
      if (slot.line === undefined) return;
      if (slot.line) this.reporter.stage(slot.name, slot.line.detail, slot.line.ms);
      for (const action of slot.after.splice(0)) action();
      this.current++;
    }
  }
}
