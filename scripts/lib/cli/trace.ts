/**
 * `PRESS_TRACE=1 npm run build`: one line on stderr per step of the build, stamped with the
 * milliseconds since the process started and the CPU time this process (not Chromium) had
 * used by then, to see what waits on what (the bench gives totals
 * per stage; this gives the timeline inside them).
 */
const enabled = Boolean(process.env.PRESS_TRACE);

export function trace(step: string): void {
  if (!enabled) return;
  const cpu = process.cpuUsage();
  const cpuMs = (cpu.user + cpu.system) / 1000;
  process.stderr.write(`trace ${performance.now().toFixed(0).padStart(6)} ms (this process's CPU ${cpuMs.toFixed(0).padStart(5)} ms)  ${step}\n`);
}
