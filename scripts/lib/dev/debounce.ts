/** Runs `task` once events have been quiet for `ms`; never two runs at once (a change during a run queues one more). */
export function debounceSerial(task: () => Promise<void>, ms: number): () => void {
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let again = false;
  const run = async (): Promise<void> => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      await task();
    } finally {
      running = false;
      if (again) {
        again = false;
        schedule();
      }
    }
  };
  const schedule = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), ms);
  };
  return schedule;
}
